package org.inspect.rules.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.inspect.model.Finding;
import org.inspect.model.PovertyStatus;
import org.inspect.model.RegisteredPoorPerson;
import org.inspect.model.Rule;

/**
 * UNCOVERED_REGISTERED_POOR (clauses 二（一）、二（二）): a registered poor household not lifted out of poverty that
 * is neither covered nor refused with a written conclusion filed on record, or that matches no civil-affairs household.
 */
public final class RegisteredPoorRule {

    public List<Finding> check(HouseholdFacts f) {
        List<RegisteredPoorPerson> notLifted = f.file().registeredPoor().stream()
                .filter(p -> p.status() == PovertyStatus.NOT_LIFTED).toList();
        if (notLifted.isEmpty() || f.covered()
                || f.file().cases().stream().anyMatch(c -> c.isRefusal() && c.hasFiledWrittenConclusion())) {
            return List.of();
        }
        String ids = ids(notLifted);
        String detail = "建档立卡贫困户 " + ids + "（未脱贫，按身份证号与本户成员" + names(notLifted)
                + "匹配）未纳入低保或特困供养，也没有作出并备案不予纳入的书面结论。";
        Evidence e = new Evidence().put("建档立卡贫困户", ids).put("匹配成员", names(notLifted))
                .put("低保或特困", "未纳入").put("备案的书面结论", "无");
        return List.of(Finding.of(Rule.UNCOVERED_REGISTERED_POOR, null, f.county(), f.householdId(), null, null,
                detail, e.build()));
    }

    /** The finding for a registered poor household that matches no civil-affairs household; null when lifted. */
    public Finding unmatched(String poorHouseholdId, List<RegisteredPoorPerson> rows) {
        if (rows.isEmpty() || rows.stream().noneMatch(p -> p.status() == PovertyStatus.NOT_LIFTED)) {
            return null;
        }
        String detail = "建档立卡贫困户 " + poorHouseholdId + "（未脱贫，" + rows.size() + " 人：" + names(rows)
                + "）按身份证号在民政家庭名册中无对应家庭，未纳入低保或特困供养，也没有不予纳入的书面结论。";
        Evidence e = new Evidence().put("建档立卡贫困户", poorHouseholdId)
                .put("成员", rows.stream().map(p -> p.name() + "（" + p.idNumber() + "）").collect(Collectors.joining("、")))
                .put("民政家庭名册", "无身份证号匹配的家庭");
        return Finding.of(Rule.UNCOVERED_REGISTERED_POOR, null, rows.get(0).countyCode(), poorHouseholdId, null, null,
                detail, e.build());
    }

    private static String ids(List<RegisteredPoorPerson> rows) {
        return rows.stream().map(RegisteredPoorPerson::poorHouseholdId).distinct().collect(Collectors.joining("、"));
    }

    private static String names(List<RegisteredPoorPerson> rows) {
        return rows.stream().map(RegisteredPoorPerson::name).collect(Collectors.joining("、"));
    }
}
