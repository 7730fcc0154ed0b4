package org.inspect.batch;

import org.inspect.store.DatabaseSettings;

/**
 * How many partitions of a step run at once. On PostgreSQL two, so both cores work: the server reads and writes in
 * processes of its own while the toolkit parses and applies the rules. On the embedded HSQLDB one: the database
 * works inside the toolkit's process, and every row a partition reads or indexes passes through its one row cache
 * and that cache's lock, so a second partition mostly waits on the first. Measured on 333,333 households (issue
 * 25, docs/performance.md): the import's load took 102 s with one thread against 134 s with two, the check 47 s
 * against 52 s, the comparison 56 s either way.
 */
public final class PartitionThreads {

    private PartitionThreads() {
    }

    /** The threads for {@code partitions} partitions of a step on a database of that kind: at least one. */
    public static int of(DatabaseSettings.Kind database, int partitions) {
        int most = database == DatabaseSettings.Kind.HSQLDB ? 1 : 2;
        return Math.max(1, Math.min(most, partitions));
    }
}
