package org.inspect.store.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.inspect.model.*;

/** Hibernate mapping of table {@code registered_poor}: a {@link RegisteredPoorPerson} row of one snapshot. */
@Entity
@Table(name = "registered_poor")
@IdClass(RowKey.class)
public class RegisteredPoorEntity {

    @Id
    @Column(name = "snapshot_id")
    long snapshotId;

    @Id
    @Column(name = "source_line")
    long sourceLine;

    @Column(name = "poor_household_id", length = 64)
    String poorHouseholdId;

    @Column(name = "id_number", length = 18)
    String idNumber;

    @Column(name = "name", length = 100)
    String name;

    @Column(name = "county_code", length = 6)
    String countyCode;

    @Column(name = "status", length = 16)
    String status;

    @Column(name = "poverty_cause", length = 200)
    String povertyCause;

    protected RegisteredPoorEntity() {
    }

    public RegisteredPoorEntity(long snapshotId, long sourceLine, RegisteredPoorPerson m) {
        this.snapshotId = snapshotId;
        this.sourceLine = sourceLine;
        this.poorHouseholdId = m.poorHouseholdId();
        this.idNumber = m.idNumber();
        this.name = m.name();
        this.countyCode = m.countyCode();
        this.status = m.status() == null ? null : m.status().name();
        this.povertyCause = m.povertyCause();
    }

    public RegisteredPoorPerson toModel() {
        return new RegisteredPoorPerson(poorHouseholdId,
                idNumber,
                name,
                countyCode,
                status == null ? null : PovertyStatus.valueOf(status),
                povertyCause);
    }

    public long sourceLine() {
        return sourceLine;
    }
}
