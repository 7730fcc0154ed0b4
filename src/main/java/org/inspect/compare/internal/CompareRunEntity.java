package org.inspect.compare.internal;

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

/** Hibernate mapping of table {@code compare_run}: one match of the registered-poor roll against a snapshot. */
@Entity
@Table(name = "compare_run")
@DynamicUpdate
public class CompareRunEntity {

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

    @Column(name = "against_run_id")
    public Long againstRunId;

    @Column(name = "status", length = 16, nullable = false)
    public String status;

    @CurrentTimestamp(event = EventType.INSERT, source = SourceType.DB)
    @Column(name = "created_at", nullable = false, updatable = false)
    public LocalDateTime createdAt;

    @Column(name = "completed_at")
    public LocalDateTime completedAt;

    @Column(name = "registered")
    public Long registered;

    @Column(name = "covered")
    public Long covered;
}
