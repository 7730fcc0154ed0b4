package org.inspect.rules.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.inspect.rules.HouseholdIncome;
import org.inspect.rules.PropertyCheck;

/** Ordered name → value pairs of a finding's evidence, with the blocks several rules share. */
final class Evidence {

    private final Map<String, String> map = new LinkedHashMap<>();

    Evidence put(String name, String value) {
        map.put(name, value);
        return this;
    }

    Map<String, String> build() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** Per-capita income and every part of it (rules.md 1). */
    Evidence income(HouseholdIncome in) {
        put("家庭人均收入", Wording.yuan(in.perCapita()) + " 元（家庭净收入 " + Wording.yuan(in.net()) + " 元 ÷ "
                + in.members() + " 人）");
        put("低保标准", Wording.yuan(in.dibaoStandard().value()) + " 元（" + Wording.source(in.dibaoStandard()) + "）");
        int i = 1;
        for (HouseholdIncome.Item item : in.items()) {
            put("收入" + i++, item.basis());
        }
        put("收入合计", Wording.yuan(in.itemTotal()) + " 元");
        i = 1;
        for (HouseholdIncome.Support s : in.supports()) {
            put("义务人" + i++, s.basis() + "；计入 " + Wording.yuan(s.amount()) + " 元");
        }
        put("赡养（抚养、扶养）费合计", Wording.yuan(in.supportTotal()) + " 元");
        i = 1;
        for (var d : in.deductions()) {
            put("扣减" + i++, d.type().chinese() + " " + Wording.yuan(d.amountYuan()) + " 元");
        }
        put("扣减合计", Wording.yuan(in.deductionTotal()) + " 元");
        put("家庭净收入", "max(0, " + Wording.yuan(in.itemTotal()) + " + " + Wording.yuan(in.supportTotal()) + " − "
                + Wording.yuan(in.deductionTotal()) + ") = " + Wording.yuan(in.net()) + " 元");
        return this;
    }

    /** The property check (rules.md 2). */
    Evidence property(PropertyCheck p) {
        if (p.withinLimits()) {
            put("家庭财产", "符合规定");
        }
        int i = 1;
        for (PropertyCheck.Defect d : p.defects()) {
            put("财产不符" + i++, d.reason());
        }
        return this;
    }
}
