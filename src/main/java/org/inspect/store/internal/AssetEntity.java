package org.inspect.store.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.inspect.model.*;

/** Hibernate mapping of table {@code asset}: a {@link Asset} row of one snapshot. */
@Entity
@Table(name = "asset")
@IdClass(RowKey.class)
public class AssetEntity {

    @Id
    @Column(name = "snapshot_id")
    long snapshotId;

    @Id
    @Column(name = "source_line")
    long sourceLine;

    @Column(name = "household_id", length = 64)
    String householdId;

    @Column(name = "type", length = 16)
    String type;

    @Column(name = "value_yuan", precision = 16, scale = 4)
    java.math.BigDecimal valueYuan;

    @Column(name = "necessary")
    boolean necessary;

    @Column(name = "description", length = 500)
    String description;

    protected AssetEntity() {
    }

    public AssetEntity(long snapshotId, long sourceLine, Asset m) {
        this.snapshotId = snapshotId;
        this.sourceLine = sourceLine;
        this.householdId = m.householdId();
        this.type = m.type() == null ? null : m.type().name();
        this.valueYuan = m.valueYuan();
        this.necessary = m.necessary();
        this.description = m.description();
    }

    public Asset toModel() {
        return new Asset(householdId,
                type == null ? null : AssetType.valueOf(type),
                valueYuan,
                necessary,
                description);
    }

    public long sourceLine() {
        return sourceLine;
    }

    public String householdId() {
        return householdId;
    }
}
