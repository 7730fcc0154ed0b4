package org.inspect.store.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** Hibernate mapping of table {@code snapshot}: one import of the rolls under a label (LOADING, ACTIVE, REPLACED). */
// public for Hibernate, which instantiates its entities reflectively
@Entity
@Table(name = "snapshot")
public class SnapshotEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    public Long id;

    @Column(name = "label", length = 32)
    public String label;

    @Column(name = "status", length = 16)
    public String status;

    @Column(name = "source_dir", length = 1000)
    public String sourceDir;

    @Column(name = "job_instance_id")
    public Long jobInstanceId;

    @Column(name = "created_at")
    public LocalDateTime createdAt;

    @Column(name = "published_at")
    public LocalDateTime publishedAt;

    @Column(name = "row_counts", length = 1000)
    public String rowCounts;
}
