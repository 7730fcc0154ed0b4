package org.inspect.rules;

import java.util.List;
import java.util.function.Supplier;

import org.inspect.model.Member;

/**
 * One member against the tekun conditions of rules.md section 4 (clause 二（二）): no labour capacity by the national
 * definition ({@code noLabourCapacityReason} says which, {@code null} when the person has capacity), no source of
 * living (the household is dibao-eligible), and no able supporter ({@code ableSupporters} names each one found).
 */
public record TekunEligibility(Member member, int age, String noLabourCapacityReason, boolean noSourceOfLiving,
        List<Supplier<String>> supporters) {

    /**
     * Each able supporter found, worded: asked for a finding's reasons, while {@link #eligible} only needs to know
     * whether there is one (issue 25: the wording was done for every member of every household checked).
     */
    public List<String> ableSupporters() {
        return supporters.stream().map(Supplier::get).toList();
    }

    public boolean noLabourCapacity() {
        return noLabourCapacityReason != null;
    }

    public boolean eligible() {
        return noLabourCapacity() && noSourceOfLiving && supporters.isEmpty();
    }
}
