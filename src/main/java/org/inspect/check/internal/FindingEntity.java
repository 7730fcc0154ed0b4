package org.inspect.check.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.hibernate.annotations.DynamicUpdate;

/**
 * Hibernate mapping of table {@code finding}. The check job writes findings in bulk with plain JDBC batches (faster
 * here, measured: see FindingWriteBenchmark); the entity serves the field team's verdicts and their carry-over.
 */
@Entity
@Table(name = "finding")
@DynamicUpdate
public class FindingEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    public Long id;

    @Column(name = "check_run_id", nullable = false)
    public long checkRunId;

    @Column(name = "finding_key", length = 400, nullable = false)
    public String findingKey;

    @Column(name = "subject", length = 64, nullable = false)
    public String subject;

    @Column(name = "rule", length = 32, nullable = false)
    public String rule;

    @Column(name = "criterion", length = 32)
    public String criterion;

    @Column(name = "county_code", length = 6)
    public String countyCode;

    @Column(name = "household_id", length = 64)
    public String householdId;

    @Column(name = "case_id", length = 64)
    public String caseId;

    @Column(name = "id_number", length = 18)
    public String idNumber;

    @Column(name = "severity", length = 8, nullable = false)
    public String severity;

    @Column(name = "clause", length = 64, nullable = false)
    public String clause;

    @Column(name = "detail", length = 16000, nullable = false)
    public String detail;

    @Column(name = "evidence", length = 32000)
    public String evidence;

    @Column(name = "verdict", length = 16)
    public String verdict;

    @Column(name = "verdict_by", length = 100)
    public String verdictBy;

    @Column(name = "verdict_at")
    public LocalDateTime verdictAt;

    @Column(name = "verdict_reason", length = 2000)
    public String verdictReason;

    @Column(name = "person_names", length = 4000)
    public String personNames;
}
