package org.inspect.store.internal;

import java.io.Serializable;
import java.util.Objects;

/** Primary key of every roll table: the snapshot and the line of the source file the row came from. */
// public for Hibernate, which instantiates the roll entities' id class reflectively
public class RowKey implements Serializable {

    long snapshotId;
    long sourceLine;

    public RowKey() {
    }

    public RowKey(long snapshotId, long sourceLine) {
        this.snapshotId = snapshotId;
        this.sourceLine = sourceLine;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RowKey k && k.snapshotId == snapshotId && k.sourceLine == sourceLine;
    }

    @Override
    public int hashCode() {
        return Objects.hash(snapshotId, sourceLine);
    }
}
