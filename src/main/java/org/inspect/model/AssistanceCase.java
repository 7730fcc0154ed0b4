package org.inspect.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An application and its decision ({@code cases.csv}). Optional dates and flags are {@code null} when
 * the county left them empty; {@code writtenConclusion} and {@code filed} are {@code null} for unknown.
 */
public record AssistanceCase(String caseId, String householdId, Program program, String applicantIdNumber,
        LocalDate applicationDate, Decision decision, LocalDate decisionDate, String decisionReason,
        BigDecimal monthlyBenefitYuan, LocalDate surveyDate, LocalDate neighbourVisitDate,
        LocalDate infoCheckDate, LocalDate appraisalDate, LocalDate noticeStart, LocalDate noticeEnd,
        Boolean writtenConclusion, Boolean filed) {

    /** Whether this is a refusal or termination of dibao or tekun: the cases that need a written conclusion. */
    public boolean isRefusal() {
        return (decision == Decision.REJECTED || decision == Decision.TERMINATED)
                && (program == Program.DIBAO || program == Program.TEKUN);
    }

    /** Whether the refusal has its written conclusion filed on record (clause 二（二）). */
    public boolean hasFiledWrittenConclusion() {
        return Boolean.TRUE.equals(writtenConclusion) && Boolean.TRUE.equals(filed);
    }
}
