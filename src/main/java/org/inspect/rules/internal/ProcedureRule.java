package org.inspect.rules.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.inspect.model.AssistanceCase;
import org.inspect.model.Decision;
import org.inspect.model.Finding;
import org.inspect.model.Program;
import org.inspect.model.Rule;
import org.inspect.model.StandardItem;
import org.inspect.model.Standards;

/**
 * PROCEDURE_VIOLATION (clause 二（四）, administrative inclusion that breaks the procedure): an approved dibao or
 * tekun case without survey, information check or notice dates, with a notice shorter than NOTICE_MIN_DAYS (both
 * ends counted), or decided before the notice ended. One finding per case listing every defect.
 */
public final class ProcedureRule {

    private final Standards standards;

    public ProcedureRule(Standards standards) {
        this.standards = standards;
    }

    public List<Finding> check(HouseholdFacts f) {
        List<Finding> out = new ArrayList<>();
        for (AssistanceCase c : f.file().cases()) {
            if (c.decision() != Decision.APPROVED || c.program() == Program.TEMPORARY) {
                continue;
            }
            List<String> defects = defects(c, f.county());
            if (defects.isEmpty()) {
                continue;
            }
            Evidence e = new Evidence().put("案件", EligibilityRules.describe(c))
                    .put("入户调查日期", Wording.date(c.surveyDate()))
                    .put("信息核对日期", Wording.date(c.infoCheckDate()))
                    .put("公示期", Wording.date(c.noticeStart()) + " 至 " + Wording.date(c.noticeEnd()))
                    .put("审批日期", Wording.date(c.decisionDate()));
            for (int i = 0; i < defects.size(); i++) {
                e.put("程序缺陷" + (i + 1), defects.get(i));
            }
            String detail = c.program().chinese() + "案件 " + c.caseId() + " 已批准，但程序不合规：" + String.join("；", defects)
                    + "。";
            out.add(Finding.of(Rule.PROCEDURE_VIOLATION, null, f.county(), f.householdId(), c.caseId(), null, detail,
                    e.build()));
        }
        return out;
    }

    List<String> defects(AssistanceCase c, String county) {
        List<String> defects = new ArrayList<>();
        missing(defects, c.surveyDate(), "入户调查日期");
        missing(defects, c.infoCheckDate(), "信息核对日期");
        missing(defects, c.noticeStart(), "公示开始日期");
        missing(defects, c.noticeEnd(), "公示结束日期");
        if (c.noticeStart() != null && c.noticeEnd() != null) {
            Standards.Value min = standards.get(county, StandardItem.NOTICE_MIN_DAYS);
            long days = ChronoUnit.DAYS.between(c.noticeStart(), c.noticeEnd()) + 1;
            if (days < min.value().longValue()) {
                defects.add("公示期 " + days + " 天（" + c.noticeStart() + " 至 " + c.noticeEnd() + "，首尾两日均计入），少于规定的 "
                        + Wording.number(min.value()) + " 天（" + Wording.source(min) + "）");
            }
        }
        if (c.decisionDate() != null && c.noticeEnd() != null && c.decisionDate().isBefore(c.noticeEnd())) {
            defects.add("审批日期 " + c.decisionDate() + " 早于公示结束日期 " + c.noticeEnd());
        }
        return defects;
    }

    private static void missing(List<String> defects, LocalDate date, String what) {
        if (date == null) {
            defects.add("缺少" + what);
        }
    }
}
