package org.inspect.demo.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.inspect.model.AssistanceCase;
import org.inspect.model.Decision;
import org.inspect.model.Member;
import org.inspect.model.Program;
import org.inspect.model.StandardItem;

/**
 * Cases and their procedure dates. An approval runs back from its decision: application → information
 * check → home visit → neighbour visit → democratic appraisal → public notice of at least NOTICE_MIN_DAYS
 * days (both ends counted) → decision after the notice ends (clause 二（四）).
 */
final class Procedure {

    /** Procedure defects that can be planted on an approved case. */
    enum Defect { NO_SURVEY, NO_INFO_CHECK, NO_NOTICE, SHORT_NOTICE, DECIDED_DURING_NOTICE, SEVERAL }

    private static final LocalDate CAMPAIGN_FROM = LocalDate.of(2018, 6, 1);
    private static final LocalDate CAMPAIGN_TO = LocalDate.of(2019, 2, 28);
    /** How far back the recent decisions reach from the rolls' reference day. */
    private static final int RECENT_DAYS = 60;

    private final Oracle oracle;

    Procedure(Oracle oracle) {
        this.oracle = oracle;
    }

    /**
     * A decision date of the look-back campaign: mostly 2018-06..2019-02, some in the two months up to the rolls'
     * reference day; never after it, since rolls as of a day hold no decision taken later (a notice of 2019-03-20
     * cannot cite a refusal of 2019-05-14).
     */
    LocalDate decisionDate(Rnd r) {
        LocalDate reference = oracle.referenceDate();
        LocalDate to = CAMPAIGN_TO.isAfter(reference) ? reference : CAMPAIGN_TO;
        return r.chance(0.88) ? between(r, CAMPAIGN_FROM, to) : between(r, reference.minusDays(RECENT_DAYS), reference);
    }

    static LocalDate between(Rnd r, LocalDate from, LocalDate to) {
        return from.plusDays(r.between(0, (int) ChronoUnit.DAYS.between(from, to)));
    }

    AssistanceCase approved(Rnd r, Draft d, Program program, Member applicant, LocalDate decision) {
        int minDays = oracle.std(d.countyCode, StandardItem.NOTICE_MIN_DAYS).intValue();
        LocalDate noticeEnd = decision.minusDays(r.between(1, 10));
        LocalDate noticeStart = noticeEnd.minusDays(minDays - 1 + r.between(0, 3));
        LocalDate appraisal = noticeStart.minusDays(r.between(1, 3));
        LocalDate neighbour = appraisal.minusDays(r.between(1, 5));
        LocalDate survey = neighbour.minusDays(r.between(0, 3));
        LocalDate info = survey.minusDays(r.between(1, 7));
        LocalDate application = info.minusDays(r.between(1, 10));
        return new AssistanceCase(d.nextCaseId(program), d.householdId, program, applicant.idNumber().value(),
                application, Decision.APPROVED, decision, program == Program.TEKUN ? "符合特困人员供养条件" : "符合低保条件",
                benefit(d, program), survey, neighbour, info, appraisal, noticeStart, noticeEnd, null, null);
    }

    /**
     * A refusal (REJECTED) or a termination of an earlier approval (TERMINATED), with the reason and the
     * written-conclusion flags given.
     */
    AssistanceCase refused(Rnd r, Draft d, Program program, Member applicant, Decision decision, LocalDate date,
            String reason, Boolean written, Boolean filed) {
        if (decision == Decision.TERMINATED) {
            AssistanceCase original = approved(r, d, program, applicant,
                    date.minusDays(r.between(200, 900)));
            return new AssistanceCase(original.caseId(), d.householdId, program, original.applicantIdNumber(),
                    original.applicationDate(), Decision.TERMINATED, date, reason, null, original.surveyDate(),
                    original.neighbourVisitDate(), original.infoCheckDate(), original.appraisalDate(),
                    original.noticeStart(), original.noticeEnd(), written, filed);
        }
        LocalDate survey = date.minusDays(r.between(3, 20));
        LocalDate info = survey.minusDays(r.between(1, 7));
        LocalDate application = info.minusDays(r.between(1, 10));
        LocalDate neighbour = r.chance(0.7) ? survey.plusDays(r.between(0, 2)) : null;
        return new AssistanceCase(d.nextCaseId(program), d.householdId, program, applicant.idNumber().value(),
                application, Decision.REJECTED, date, reason, null, survey, neighbour, info, null, null, null,
                written, filed);
    }

    AssistanceCase withDefect(Rnd r, AssistanceCase c, Defect defect) {
        LocalDate survey = c.surveyDate();
        LocalDate info = c.infoCheckDate();
        LocalDate start = c.noticeStart();
        LocalDate end = c.noticeEnd();
        LocalDate decision = c.decisionDate();
        switch (defect) {
            case NO_SURVEY -> survey = null;
            case NO_INFO_CHECK -> info = null;
            case NO_NOTICE -> {
                start = null;
                end = null;
            }
            case SHORT_NOTICE -> end = start.plusDays(r.between(1, 4));
            case DECIDED_DURING_NOTICE -> decision = end.minusDays(r.between(1, 4));
            case SEVERAL -> {
                survey = null;
                end = start.plusDays(2);
                decision = start.plusDays(1);
            }
            default -> throw new IllegalArgumentException(defect.name());
        }
        return new AssistanceCase(c.caseId(), c.householdId(), c.program(), c.applicantIdNumber(), c.applicationDate(),
                c.decision(), decision, c.decisionReason(), c.monthlyBenefitYuan(), survey, c.neighbourVisitDate(), info,
                c.appraisalDate(), start, end, c.writtenConclusion(), c.filed());
    }

    /** A one-off temporary grant for sudden hardship (clause 二（三）); loaded and reported, never checked. */
    AssistanceCase temporary(Rnd r, Draft d, Member applicant) {
        LocalDate decision = decisionDate(r);
        String reason = r.pickOf("因病临时救助", "因意外事故临时救助", "突发火灾，给予临时救助", "子女上学困难，临时救助");
        return new AssistanceCase(d.nextCaseId(Program.TEMPORARY), d.householdId, Program.TEMPORARY,
                applicant.idNumber().value(), decision.minusDays(r.between(3, 15)), Decision.APPROVED, decision, reason,
                null, decision.minusDays(r.between(1, 3)), null, null, null, null, null, null, null);
    }

    /** An application still in progress: information checked, no decision. */
    AssistanceCase pending(Rnd r, Draft d, Member applicant) {
        LocalDate application = between(r, LocalDate.of(2019, 1, 10), LocalDate.of(2019, 2, 20));
        return new AssistanceCase(d.nextCaseId(Program.DIBAO), d.householdId, Program.DIBAO,
                applicant.idNumber().value(), application, Decision.PENDING, null, null, null, null, null,
                application.plusDays(r.between(1, 6)), null, null, null, null, null);
    }

    /** Monthly benefit: tekun pays the tekun standard; dibao tops the household up to the standard. */
    private BigDecimal benefit(Draft d, Program program) {
        if (program == Program.TEKUN) {
            return oracle.std(d.countyCode, StandardItem.TEKUN_STANDARD).divide(BigDecimal.valueOf(12), 0,
                    RoundingMode.HALF_UP);
        }
        BigDecimal gap = oracle.dibaoStandard(d.countyCode).multiply(BigDecimal.valueOf(d.members.size()))
                .subtract(oracle.netIncome(d));
        BigDecimal monthly = gap.divide(BigDecimal.valueOf(120), 0, RoundingMode.HALF_UP).multiply(BigDecimal.TEN);
        return monthly.max(BigDecimal.valueOf(60));
    }
}
