package org.inspect.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.inspect.model.AssistanceCase;
import org.inspect.model.Decision;
import org.inspect.model.Finding;
import org.inspect.model.Program;
import org.inspect.model.RegisteredPoorPerson;
import org.inspect.model.Rule;
import org.inspect.rules.HouseholdIncome;
import org.inspect.rules.TekunEligibility;

/** The rules that compare eligibility with coverage: 漏保, 应养未养 (二（二）) and 错保 (四（二）). */
public final class EligibilityRules {

    /** MISSED_DIBAO: dibao-eligible and not covered; terminated cases of registered poor households called out. */
    public List<Finding> missedDibao(HouseholdFacts f) {
        if (!f.dibaoEligible() || f.covered()) {
            return List.of();
        }
        Optional<AssistanceCase> latest = f.latestRefusal(c -> true);
        StringBuilder detail = new StringBuilder(eligibleSentence(f.income()));
        detail.append("，家庭财产符合规定").append(obligorClauses(f.income())).append("；该户未纳入低保或特困供养");
        Evidence e = new Evidence().income(f.income()).property(f.property());
        latest.ifPresent(c -> {
            detail.append("，最近一次于 ").append(Wording.date(c.decisionDate())).append(' ')
                    .append(c.decision().chinese()).append(c.program().chinese()).append("（案件 ").append(c.caseId())
                    .append("）");
            e.put("最近不予批准或停保案件", describe(c));
        });
        detail.append('。');
        registeredPoorCallout(f, detail, e);
        return List.of(Finding.of(Rule.MISSED_DIBAO, null, f.county(), f.householdId(),
                latest.map(AssistanceCase::caseId).orElse(null), null, detail.toString(), e.build()));
    }

    private static void registeredPoorCallout(HouseholdFacts f, StringBuilder detail, Evidence e) {
        List<RegisteredPoorPerson> poor = f.file().registeredPoor();
        if (poor.isEmpty()) {
            return;
        }
        String ids = poor.stream().map(RegisteredPoorPerson::poorHouseholdId).distinct().collect(Collectors.joining("、"));
        e.put("建档立卡贫困户", ids);
        List<AssistanceCase> terminated = f.file().cases().stream()
                .filter(c -> c.isRefusal() && c.decision() == Decision.TERMINATED).toList();
        if (terminated.isEmpty()) {
            detail.append("该户为建档立卡贫困户（").append(ids).append("），应按规定纳入低保。");
            return;
        }
        detail.append("该户为建档立卡贫困户（").append(ids).append("），其");
        for (int i = 0; i < terminated.size(); i++) {
            AssistanceCase c = terminated.get(i);
            detail.append(i == 0 ? "" : "、").append(c.program().chinese()).append("于 ").append(Wording.date(c.decisionDate()))
                    .append(" 被停保（案件 ").append(c.caseId()).append("）");
            e.put("建档立卡户停保案件" + (i + 1), describe(c));
        }
        detail.append("，不得因取消低保导致返贫。");
    }

    /** MISSED_TEKUN: a tekun-eligible person without an APPROVED TEKUN case, even if the household is on dibao. */
    public List<Finding> missedTekun(HouseholdFacts f) {
        List<Finding> out = new ArrayList<>();
        for (TekunEligibility t : f.tekun().values()) {
            String id = t.member().idNumber().value();
            if (!t.eligible() || f.hasApprovedTekun(id)) {
                continue;
            }
            Optional<AssistanceCase> latest = f.latestRefusal(c -> c.program() == Program.TEKUN
                    && id.equals(c.applicantIdNumber()));
            String detail = t.member().relation().chinese() + t.member().name() + t.noLabourCapacityReason()
                    + "，无劳动能力；" + eligibleSentence(f.income()) + "，无生活来源；无有履行能力的法定义务人"
                    + inParentheses(f.income()) + "，同户无 16 至 59 周岁有劳动能力的成员；未纳入特困供养"
                    + (f.approved(Program.DIBAO).isEmpty() ? "" : "（该户虽已纳入低保，仍应纳入特困供养）")
                    + latest.map(c -> "，其特困申请于 " + Wording.date(c.decisionDate()) + " " + c.decision().chinese()
                            + "（案件 " + c.caseId() + "）").orElse("") + "。";
            Evidence e = tekunEvidence(t).income(f.income()).property(f.property());
            latest.ifPresent(c -> e.put("最近不予批准或停保特困案件", describe(c)));
            out.add(Finding.of(Rule.MISSED_TEKUN, null, f.county(), f.householdId(),
                    latest.map(AssistanceCase::caseId).orElse(null), id, detail, e.build()));
        }
        return out;
    }

    /** IMPROPER_INCLUSION: an approved dibao case of an ineligible household, or tekun case of an ineligible person. */
    public List<Finding> improperInclusion(HouseholdFacts f) {
        List<Finding> out = new ArrayList<>();
        for (AssistanceCase c : f.approved(Program.DIBAO)) {
            if (f.dibaoEligible()) {
                continue;
            }
            String detail = "低保案件 " + c.caseId() + " 已批准，但" + String.join("；", dibaoFailures(f))
                    + obligorClauses(f.income()) + "，不符合低保条件。";
            Evidence e = new Evidence().put("案件", describe(c)).income(f.income()).property(f.property());
            out.add(Finding.of(Rule.IMPROPER_INCLUSION, null, f.county(), f.householdId(), c.caseId(), null, detail,
                    e.build()));
        }
        for (AssistanceCase c : f.approved(Program.TEKUN)) {
            TekunEligibility t = f.tekun().get(c.applicantIdNumber());
            if (t != null && t.eligible()) {
                continue;
            }
            String detail;
            Evidence e = new Evidence().put("案件", describe(c));
            if (t == null) {
                detail = "特困案件 " + c.caseId() + " 已批准，但供养对象（身份证号 " + c.applicantIdNumber()
                        + "）不是本户成员，无法认定其符合特困条件。";
            } else {
                detail = "特困案件 " + c.caseId() + " 已批准，但" + Wording.member(t.member(), t.age()) + "不符合特困条件："
                        + String.join("；", tekunFailures(f, t)) + "。";
                tekunEvidence(t).build().forEach(e::put);
                e.income(f.income()).property(f.property());
            }
            out.add(Finding.of(Rule.IMPROPER_INCLUSION, null, f.county(), f.householdId(), c.caseId(), null, detail,
                    e.build()));
        }
        return out;
    }

    private static List<String> dibaoFailures(HouseholdFacts f) {
        List<String> reasons = new ArrayList<>();
        if (!f.income().belowStandard()) {
            reasons.add("家庭人均收入 " + Wording.yuan(f.income().perCapita()) + " 元，不低于"
                    + Wording.standard("低保标准", f.income().dibaoStandard()));
        }
        f.property().defects().forEach(d -> reasons.add("家庭财产不符合规定：" + d.reason()));
        return reasons;
    }

    private static List<String> tekunFailures(HouseholdFacts f, TekunEligibility t) {
        List<String> reasons = new ArrayList<>();
        if (!t.noLabourCapacity()) {
            reasons.add("按国家特困人员认定标准有劳动能力（16 至 59 周岁，无一至三级智力、精神残疾，一至二级肢体、多重残疾或一级视力残疾）");
        }
        if (!t.noSourceOfLiving()) {
            reasons.add("家庭不符合低保条件，有生活来源（" + String.join("；", dibaoFailures(f)) + "）");
        }
        if (!t.ableSupporters().isEmpty()) {
            reasons.add("有有能力的赡养（抚养、扶养）人：" + String.join("；", t.ableSupporters()));
        }
        return reasons;
    }

    private static Evidence tekunEvidence(TekunEligibility t) {
        Evidence e = new Evidence().put("对象", t.member().name() + "，" + t.member().idNumber().value() + "，"
                + t.age() + " 岁");
        e.put("劳动能力", t.noLabourCapacity() ? "无（" + t.noLabourCapacityReason() + "；名册登记为“"
                + t.member().labourCapacity().chinese() + "”）" : "有（按国家标准）");
        e.put("生活来源", t.noSourceOfLiving() ? "无（家庭符合低保条件）" : "有（家庭不符合低保条件）");
        e.put("有能力的义务人或同户劳动力", t.ableSupporters().isEmpty() ? "无" : String.join("；", t.ableSupporters()));
        return e;
    }

    /** {@code 家庭人均收入 2,450 元，低于本县低保标准 4,800 元}. */
    static String eligibleSentence(HouseholdIncome in) {
        return "家庭人均收入 " + Wording.yuan(in.perCapita()) + " 元，低于" + Wording.standard("低保标准", in.dibaoStandard());
    }

    /** {@code ；其女儿…不计赡养费} for each obligor, in row order; empty without obligors. */
    static String obligorClauses(HouseholdIncome in) {
        return in.supports().stream().map(s -> "；" + s.basis()).collect(Collectors.joining());
    }

    /** {@code （其女儿…不计赡养费；…）}, or empty without obligors. */
    private static String inParentheses(HouseholdIncome in) {
        return in.supports().isEmpty() ? ""
                : in.supports().stream().map(HouseholdIncome.Support::basis).collect(Collectors.joining("；", "（", "）"));
    }

    static String describe(AssistanceCase c) {
        return c.caseId() + "，" + c.program().chinese() + "，" + c.decision().chinese() + "，" + Wording.date(c.decisionDate())
                + (c.decisionReason() == null || c.decisionReason().isBlank() ? "" : "，理由：“" + c.decisionReason() + "”");
    }
}
