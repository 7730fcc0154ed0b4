package org.inspect.rules.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.inspect.model.AssistanceCase;
import org.inspect.model.Criterion;
import org.inspect.model.Finding;
import org.inspect.model.Rule;
import org.inspect.rules.CriterionMatch;
import org.inspect.rules.ExclusionCriteria;
import org.inspect.rules.ReasonReading;
import org.inspect.rules.ReasonToRead;
import org.inspect.model.HouseholdFile;

/**
 * The rules about refusals and terminations of dibao or tekun: ILLEGAL_EXCLUSION (clauses 四（二）、四（三）、一),
 * one finding per blanket criterion the reason relies on, and NO_WRITTEN_CONCLUSION (clause 二（二）).
 */
public final class RefusalRules {

    private final ExclusionCriteria criteria;

    public RefusalRules(ExclusionCriteria criteria) {
        this.criteria = criteria;
    }

    public List<Finding> illegalExclusion(HouseholdFacts f) {
        List<Finding> out = new ArrayList<>();
        for (AssistanceCase c : f.file().cases()) {
            if (!c.isRefusal() || c.decisionReason() == null) {
                continue;
            }
            Map<Criterion, List<CriterionMatch>> byCriterion = new LinkedHashMap<>();
            for (CriterionMatch m : criteria.find(c.decisionReason())) {
                byCriterion.computeIfAbsent(m.criterion(), k -> new ArrayList<>()).add(m);
            }
            byCriterion.forEach((criterion, matches) -> out.add(finding(f, c, criterion, matches)));
        }
        return out;
    }

    private static Finding finding(HouseholdFacts f, AssistanceCase c, Criterion criterion, List<CriterionMatch> matches) {
        String words = matches.stream().map(m -> "“" + m.words() + "”").collect(Collectors.joining("、"));
        String sentences = matches.stream().map(CriterionMatch::sentence).collect(Collectors.joining("；"));
        String detail = c.program().chinese() + "案件 " + c.caseId() + " 于 " + Wording.date(c.decisionDate()) + " "
                + c.decision().chinese() + "，" + sentences + "，是在国家和省市规定的收入、财产认定条件之外人为设置的门槛。";
        Evidence e = new Evidence().put("案件", EligibilityRules.describe(c))
                .put("排除条件", criterion.code() + " " + criterion.chinese())
                .put("理由原文", c.decisionReason())
                .put("匹配词句", words)
                .put("所涉对象", matches.stream().map(CriterionMatch::whose).distinct().collect(Collectors.joining("、")));
        return Finding.of(Rule.ILLEGAL_EXCLUSION, criterion, f.county(), f.householdId(), c.caseId(), null, detail,
                e.build());
    }

    public List<ReasonToRead> reasonsToRead(HouseholdFile file) {
        List<ReasonToRead> out = new ArrayList<>();
        for (AssistanceCase c : file.cases()) {
            if (c.isRefusal() && c.decisionReason() != null) {
                ReasonReading r = criteria.read(c.decisionReason());
                if (r.needsPersonsReading()) {
                    out.add(new ReasonToRead(c.caseId(), c.decisionReason(), r.needsReading()));
                }
            }
        }
        return out;
    }

    public List<Finding> noWrittenConclusion(HouseholdFacts f) {
        List<Finding> out = new ArrayList<>();
        for (AssistanceCase c : f.file().cases()) {
            if (!c.isRefusal() || c.hasFiledWrittenConclusion()) {
                continue;
            }
            List<String> gaps = new ArrayList<>();
            if (!Boolean.TRUE.equals(c.writtenConclusion())) {
                gaps.add("未作出书面结论说明原因");
            }
            if (!Boolean.TRUE.equals(c.filed())) {
                gaps.add("未备案");
            }
            String detail = c.program().chinese() + "案件 " + c.caseId() + " 于 " + Wording.date(c.decisionDate()) + " "
                    + c.decision().chinese() + "，" + String.join("，", gaps) + "。";
            Evidence e = new Evidence().put("案件", EligibilityRules.describe(c))
                    .put("书面结论", flag(c.writtenConclusion()))
                    .put("备案", flag(c.filed()));
            out.add(Finding.of(Rule.NO_WRITTEN_CONCLUSION, null, f.county(), f.householdId(), c.caseId(), null, detail,
                    e.build()));
        }
        return out;
    }

    private static String flag(Boolean b) {
        return b == null ? "未填" : b ? "是" : "否";
    }
}
