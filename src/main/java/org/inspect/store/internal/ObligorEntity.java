package org.inspect.store.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.inspect.model.*;

/** Hibernate mapping of table {@code obligor}: a {@link Obligor} row of one snapshot. */
@Entity
@Table(name = "obligor")
@IdClass(RowKey.class)
public class ObligorEntity {

    @Id
    @Column(name = "snapshot_id")
    long snapshotId;

    @Id
    @Column(name = "source_line")
    long sourceLine;

    @Column(name = "household_id", length = 64)
    String householdId;

    @Column(name = "supported_id_number", length = 18)
    String supportedIdNumber;

    @Column(name = "obligor_id_number", length = 18)
    String obligorIdNumber;

    @Column(name = "obligor_name", length = 100)
    String obligorName;

    @Column(name = "relation", length = 16)
    String relation;

    @Column(name = "obligor_household_size")
    int obligorHouseholdSize;

    @Column(name = "obligor_household_income_yuan", precision = 16, scale = 4)
    java.math.BigDecimal obligorHouseholdIncomeYuan;

    @Column(name = "court_ordered_yuan", precision = 16, scale = 4)
    java.math.BigDecimal courtOrderedYuan;

    protected ObligorEntity() {
    }

    public ObligorEntity(long snapshotId, long sourceLine, Obligor m) {
        this.snapshotId = snapshotId;
        this.sourceLine = sourceLine;
        this.householdId = m.householdId();
        this.supportedIdNumber = m.supportedIdNumber();
        this.obligorIdNumber = m.obligorIdNumber();
        this.obligorName = m.obligorName();
        this.relation = m.relation() == null ? null : m.relation().name();
        this.obligorHouseholdSize = m.obligorHouseholdSize();
        this.obligorHouseholdIncomeYuan = m.obligorHouseholdIncomeYuan();
        this.courtOrderedYuan = m.courtOrderedYuan();
    }

    public Obligor toModel() {
        return new Obligor(householdId,
                supportedIdNumber,
                obligorIdNumber,
                obligorName,
                relation == null ? null : Relation.valueOf(relation),
                obligorHouseholdSize,
                obligorHouseholdIncomeYuan,
                courtOrderedYuan);
    }

    public long sourceLine() {
        return sourceLine;
    }

    public String householdId() {
        return householdId;
    }
}
