package org.inspect.store.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.inspect.model.*;

/** Hibernate mapping of table {@code deduction}: a {@link Deduction} row of one snapshot. */
@Entity
@Table(name = "deduction")
@IdClass(RowKey.class)
public class DeductionEntity {

    @Id
    @Column(name = "snapshot_id")
    long snapshotId;

    @Id
    @Column(name = "source_line")
    long sourceLine;

    @Column(name = "household_id", length = 64)
    String householdId;

    @Column(name = "type", length = 20)
    String type;

    @Column(name = "amount_yuan", precision = 16, scale = 4)
    java.math.BigDecimal amountYuan;

    protected DeductionEntity() {
    }

    public DeductionEntity(long snapshotId, long sourceLine, Deduction m) {
        this.snapshotId = snapshotId;
        this.sourceLine = sourceLine;
        this.householdId = m.householdId();
        this.type = m.type() == null ? null : m.type().name();
        this.amountYuan = m.amountYuan();
    }

    public Deduction toModel() {
        return new Deduction(householdId,
                type == null ? null : DeductionType.valueOf(type),
                amountYuan);
    }

    public long sourceLine() {
        return sourceLine;
    }

    public String householdId() {
        return householdId;
    }
}
