package org.inspect.sampling.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.hibernate.annotations.CurrentTimestamp;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.SourceType;
import org.hibernate.generator.EventType;
import org.hibernate.type.SqlTypes;

/**
 * Hibernate mapping of table {@code sample_run}: the plan and seed a draw was asked for, then its manifest. The
 * plan and the manifest are long texts (CLOB on HSQLDB, TEXT on PostgreSQL).
 */
@Entity
@Table(name = "sample_run")
@DynamicUpdate
public class SampleRunEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    public Long id;

    @Column(name = "snapshot_id", nullable = false)
    public long snapshotId;

    @Column(name = "snapshot_label", length = 32, nullable = false)
    public String snapshotLabel;

    @Column(name = "plan_name", length = 200, nullable = false)
    public String planName;

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Column(name = "plan", nullable = false)
    public String plan;

    @Column(name = "seed", nullable = false)
    public long seed;

    @Column(name = "seed_text", length = 1000)
    public String seedText;

    @Column(name = "team_size", nullable = false)
    public int teamSize;

    @Column(name = "status", length = 16, nullable = false)
    public String status;

    @Column(name = "error", length = 4000)
    public String error;

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Column(name = "manifest")
    public String manifest;

    @Column(name = "frame_size")
    public Long frameSize;

    @Column(name = "sample_size")
    public Integer sampleSize;

    @CurrentTimestamp(event = EventType.INSERT, source = SourceType.DB)
    @Column(name = "created_at", nullable = false, updatable = false)
    public LocalDateTime createdAt;

    @Column(name = "completed_at")
    public LocalDateTime completedAt;
}
