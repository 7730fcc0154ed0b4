package org.inspect.store.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.inspect.model.*;

/** Hibernate mapping of table {@code income}: a {@link Income} row of one snapshot. */
@Entity
@Table(name = "income")
@IdClass(RowKey.class)
public class IncomeEntity {

    @Id
    @Column(name = "snapshot_id")
    long snapshotId;

    @Id
    @Column(name = "source_line")
    long sourceLine;

    @Column(name = "household_id", length = 64)
    String householdId;

    @Column(name = "id_number", length = 18)
    String idNumber;

    @Column(name = "type", length = 16)
    String type;

    @Column(name = "amount_yuan", precision = 16, scale = 4)
    java.math.BigDecimal amountYuan;

    @Column(name = "quantity", precision = 16, scale = 4)
    java.math.BigDecimal quantity;

    @Column(name = "item", length = 40)
    String item;

    protected IncomeEntity() {
    }

    public IncomeEntity(long snapshotId, long sourceLine, Income m) {
        this.snapshotId = snapshotId;
        this.sourceLine = sourceLine;
        this.householdId = m.householdId();
        this.idNumber = m.idNumber();
        this.type = m.type() == null ? null : m.type().name();
        this.amountYuan = m.amountYuan();
        this.quantity = m.quantity();
        this.item = m.item();
    }

    public Income toModel() {
        return new Income(householdId,
                idNumber,
                type == null ? null : IncomeType.valueOf(type),
                amountYuan,
                quantity,
                item);
    }

    public long sourceLine() {
        return sourceLine;
    }

    public String householdId() {
        return householdId;
    }
}
