package org.inspect.store.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.inspect.model.*;

/** Hibernate mapping of table {@code inspector}: a {@link Inspector} row of one snapshot. */
@Entity
@Table(name = "inspector")
@IdClass(RowKey.class)
public class InspectorEntity {

    @Id
    @Column(name = "snapshot_id")
    long snapshotId;

    @Id
    @Column(name = "source_line")
    long sourceLine;

    @Column(name = "inspector_id", length = 64)
    String inspectorId;

    @Column(name = "name", length = 100)
    String name;

    @Column(name = "unit", length = 200)
    String unit;

    @Column(name = "county_code", length = 6)
    String countyCode;

    @Column(name = "active")
    boolean active;

    protected InspectorEntity() {
    }

    public InspectorEntity(long snapshotId, long sourceLine, Inspector m) {
        this.snapshotId = snapshotId;
        this.sourceLine = sourceLine;
        this.inspectorId = m.inspectorId();
        this.name = m.name();
        this.unit = m.unit();
        this.countyCode = m.countyCode();
        this.active = m.active();
    }

    public Inspector toModel() {
        return new Inspector(inspectorId,
                name,
                unit,
                countyCode,
                active);
    }

    public long sourceLine() {
        return sourceLine;
    }
}
