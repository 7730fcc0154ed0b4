package org.inspect.store.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.inspect.model.*;

/** Hibernate mapping of table {@code standard_value}: a {@link Standard} row of one snapshot. */
@Entity
@Table(name = "standard_value")
@IdClass(RowKey.class)
public class StandardEntity {

    @Id
    @Column(name = "snapshot_id")
    long snapshotId;

    @Id
    @Column(name = "source_line")
    long sourceLine;

    @Column(name = "county_code", length = 6)
    String countyCode;

    @Column(name = "item", length = 64)
    String item;

    @Column(name = "val", precision = 16, scale = 4)
    java.math.BigDecimal val;

    /** Where the value comes from (schema 14); null for snapshots imported before sources were kept. */
    @Column(name = "shipped")
    Boolean shipped;

    @Column(name = "source_file", length = 400)
    String sourceFile;

    @Column(name = "source_file_line")
    Long sourceFileLine;

    protected StandardEntity() {
    }

    public StandardEntity(long snapshotId, long sourceLine, Standard m) {
        this.snapshotId = snapshotId;
        this.sourceLine = sourceLine;
        this.countyCode = m.countyCode();
        this.item = m.item();
        this.val = m.value();
        if (m.source() != null) {
            this.shipped = m.source().shipped();
            this.sourceFile = m.source().file();
            this.sourceFileLine = m.source().line();
        }
    }

    public Standard toModel() {
        return new Standard(countyCode, item, val, sourceFile == null ? null
                : new StandardSource(Boolean.TRUE.equals(shipped), sourceFile, sourceFileLine == null ? 0 : sourceFileLine));
    }

    public long sourceLine() {
        return sourceLine;
    }
}
