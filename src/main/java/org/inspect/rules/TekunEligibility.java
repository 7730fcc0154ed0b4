package org.inspect.rules;

import java.util.List;

import org.inspect.model.Member;

/**
 * One member against the tekun conditions of rules.md section 4 (clause 二（二）): no labour capacity by the national
 * definition ({@code noLabourCapacityReason} says which, {@code null} when the person has capacity), no source of
 * living (the household is dibao-eligible), and no able supporter ({@code ableSupporters} names each one found).
 */
public record TekunEligibility(Member member, int age, String noLabourCapacityReason, boolean noSourceOfLiving,
        List<String> ableSupporters) {

    public boolean noLabourCapacity() {
        return noLabourCapacityReason != null;
    }

    public boolean eligible() {
        return noLabourCapacity() && noSourceOfLiving && ableSupporters.isEmpty();
    }
}
