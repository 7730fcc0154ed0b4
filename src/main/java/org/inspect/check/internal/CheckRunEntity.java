package org.inspect.check.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.hibernate.annotations.CurrentTimestamp;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.SourceType;
import org.hibernate.generator.EventType;

/**
 * Hibernate mapping of table {@code check_run}: one pass of the rules over a snapshot. The database's clock stamps
 * its creation (as {@code CURRENT_TIMESTAMP} did), the identity column numbers it.
 */
@Entity
@Table(name = "check_run")
@DynamicUpdate
public class CheckRunEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    public Long id;

    @Column(name = "snapshot_id", nullable = false)
    public long snapshotId;

    @Column(name = "snapshot_label", length = 32, nullable = false)
    public String snapshotLabel;

    @Column(name = "as_of", nullable = false)
    public LocalDate asOf;

    @Column(name = "scope", length = 16, nullable = false)
    public String scope;

    @Column(name = "sample_run_id")
    public Long sampleRunId;

    @Column(name = "status", length = 16, nullable = false)
    public String status;

    @CurrentTimestamp(event = EventType.INSERT, source = SourceType.DB)
    @Column(name = "created_at", nullable = false, updatable = false)
    public LocalDateTime createdAt;

    @Column(name = "completed_at")
    public LocalDateTime completedAt;

    @Column(name = "households")
    public Long households;

    @Column(name = "cases")
    public Long cases;

    @Column(name = "criteria_sha256", length = 64)
    public String criteriaSha256;

    @Column(name = "criteria_text", length = 1000000)
    public String criteriaText;

    @Column(name = "standards_sha256", length = 64)
    public String standardsSha256;
}
