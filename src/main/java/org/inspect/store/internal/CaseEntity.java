package org.inspect.store.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.inspect.model.*;

/** Hibernate mapping of table {@code assistance_case}: a {@link AssistanceCase} row of one snapshot. */
@Entity
@Table(name = "assistance_case")
@IdClass(RowKey.class)
public class CaseEntity {

    @Id
    @Column(name = "snapshot_id")
    long snapshotId;

    @Id
    @Column(name = "source_line")
    long sourceLine;

    @Column(name = "case_id", length = 64)
    String caseId;

    @Column(name = "household_id", length = 64)
    String householdId;

    @Column(name = "program", length = 16)
    String program;

    @Column(name = "applicant_id_number", length = 18)
    String applicantIdNumber;

    @Column(name = "application_date")
    java.time.LocalDate applicationDate;

    @Column(name = "decision", length = 16)
    String decision;

    @Column(name = "decision_date")
    java.time.LocalDate decisionDate;

    @Column(name = "decision_reason", length = 8000)
    String decisionReason;

    @Column(name = "monthly_benefit_yuan", precision = 16, scale = 4)
    java.math.BigDecimal monthlyBenefitYuan;

    @Column(name = "survey_date")
    java.time.LocalDate surveyDate;

    @Column(name = "neighbour_visit_date")
    java.time.LocalDate neighbourVisitDate;

    @Column(name = "info_check_date")
    java.time.LocalDate infoCheckDate;

    @Column(name = "appraisal_date")
    java.time.LocalDate appraisalDate;

    @Column(name = "notice_start")
    java.time.LocalDate noticeStart;

    @Column(name = "notice_end")
    java.time.LocalDate noticeEnd;

    @Column(name = "written_conclusion")
    Boolean writtenConclusion;

    @Column(name = "filed")
    Boolean filed;

    protected CaseEntity() {
    }

    public CaseEntity(long snapshotId, long sourceLine, AssistanceCase m) {
        this.snapshotId = snapshotId;
        this.sourceLine = sourceLine;
        this.caseId = m.caseId();
        this.householdId = m.householdId();
        this.program = m.program() == null ? null : m.program().name();
        this.applicantIdNumber = m.applicantIdNumber();
        this.applicationDate = m.applicationDate();
        this.decision = m.decision() == null ? null : m.decision().name();
        this.decisionDate = m.decisionDate();
        this.decisionReason = m.decisionReason();
        this.monthlyBenefitYuan = m.monthlyBenefitYuan();
        this.surveyDate = m.surveyDate();
        this.neighbourVisitDate = m.neighbourVisitDate();
        this.infoCheckDate = m.infoCheckDate();
        this.appraisalDate = m.appraisalDate();
        this.noticeStart = m.noticeStart();
        this.noticeEnd = m.noticeEnd();
        this.writtenConclusion = m.writtenConclusion();
        this.filed = m.filed();
    }

    public AssistanceCase toModel() {
        return new AssistanceCase(caseId,
                householdId,
                program == null ? null : Program.valueOf(program),
                applicantIdNumber,
                applicationDate,
                decision == null ? null : Decision.valueOf(decision),
                decisionDate,
                decisionReason,
                monthlyBenefitYuan,
                surveyDate,
                neighbourVisitDate,
                infoCheckDate,
                appraisalDate,
                noticeStart,
                noticeEnd,
                writtenConclusion,
                filed);
    }

    public long sourceLine() {
        return sourceLine;
    }

    public String householdId() {
        return householdId;
    }
}
