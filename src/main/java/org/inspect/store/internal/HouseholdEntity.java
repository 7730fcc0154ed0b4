package org.inspect.store.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.inspect.model.*;

/** Hibernate mapping of table {@code household}: a {@link Household} row of one snapshot. */
@Entity
@Table(name = "household")
@IdClass(RowKey.class)
public class HouseholdEntity {

    @Id
    @Column(name = "snapshot_id")
    long snapshotId;

    @Id
    @Column(name = "source_line")
    long sourceLine;

    @Column(name = "household_id", length = 64)
    String householdId;

    @Column(name = "county_code", length = 6)
    String countyCode;

    @Column(name = "township", length = 100)
    String township;

    @Column(name = "village", length = 100)
    String village;

    @Column(name = "head_id_number", length = 18)
    String headIdNumber;

    @Column(name = "address", length = 500)
    String address;

    protected HouseholdEntity() {
    }

    public HouseholdEntity(long snapshotId, long sourceLine, Household m) {
        this.snapshotId = snapshotId;
        this.sourceLine = sourceLine;
        this.householdId = m.householdId();
        this.countyCode = m.countyCode();
        this.township = m.township();
        this.village = m.village();
        this.headIdNumber = m.headIdNumber();
        this.address = m.address();
    }

    public Household toModel() {
        return new Household(householdId,
                countyCode,
                township,
                village,
                headIdNumber,
                address);
    }

    public long sourceLine() {
        return sourceLine;
    }

    public String householdId() {
        return householdId;
    }
}
