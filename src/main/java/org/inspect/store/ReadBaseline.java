package org.inspect.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The read baseline: every row of every roll table of a snapshot read back with plain JDBC (fetch size 1,000,
 * every column fetched, pages of about 5,000 rows along the primary key), in one thread. It reads the store's tables directly, as no feature may: it measures
 * what the storage gives, beside the jobs that read the same rows through their stores.
 */
public final class ReadBaseline {

    private static final int PAGE = 5000;

    private ReadBaseline() {
    }

    /** Reads the ACTIVE snapshot {@code label} of the database {@code source} names; returns the rows read. */
    public static long readAll(DatabaseSettings source, String label) throws SQLException {
        long rows = 0;
        try (Connection c = DriverManager.getConnection(source.url(), source.user(), source.password())) {
            c.setAutoCommit(false);
            long snapshot = snapshotId(c, label);
            for (String table : Snapshots.ROLL_TABLES) {
                rows += readTable(c, table, snapshot);
            }
            c.commit();
            if (source.kind() == DatabaseSettings.Kind.HSQLDB) {
                try (Statement st = c.createStatement()) {
                    st.execute("SHUTDOWN");
                }
            }
        }
        return rows;
    }

    private static long snapshotId(Connection c, String label) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM snapshot WHERE status = 'ACTIVE' AND label = ?")) {
            ps.setString(1, label);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no active snapshot " + label);
                }
                return rs.getLong(1);
            }
        }
    }

    /** Tables keyed by (snapshot, key, line) and the key column; the others are read in one query. */
    private static String keyColumn(String table) {
        return switch (table) {
            case "registered_poor" -> "poor_household_id";
            case "inspector", "standard_value" -> null;
            default -> "household_id";
        };
    }

    /**
     * Reads a table in pages along its primary key: HSQLDB builds a query's whole result before the first row
     * comes back (spilling past 20,000 rows to disk), so one query over five million rows would measure the
     * spill, not the read. A page ends at the key {@value #PAGE} index entries on and takes every row of that key.
     * The bound query orders by the index's own leading columns, {@code snapshot_id} included although it is fixed:
     * only then does HSQLDB read the index in order and stop at the limit; ordered by the key alone, it builds and
     * sorts the whole rest of the snapshot for every page.
     */
    private static long readTable(Connection c, String table, long snapshot) throws SQLException {
        String key = keyColumn(table);
        if (key == null) {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + table + " WHERE snapshot_id = ?")) {
                ps.setLong(1, snapshot);
                return read(ps);
            }
        }
        long rows = 0;
        try (PreparedStatement bound = c.prepareStatement("SELECT " + key + " FROM " + table
                + " WHERE snapshot_id = ? AND " + key + " > ? ORDER BY snapshot_id, " + key + " LIMIT " + PAGE);
                PreparedStatement page = c.prepareStatement("SELECT * FROM " + table + " WHERE snapshot_id = ? AND "
                        + key + " > ? AND " + key + " <= ?")) {
            String after = "";
            while (true) {
                bound.setLong(1, snapshot);
                bound.setString(2, after);
                String upTo = null;
                try (ResultSet rs = bound.executeQuery()) {
                    while (rs.next()) {
                        upTo = rs.getString(1);
                    }
                }
                if (upTo == null) {
                    return rows;
                }
                page.setLong(1, snapshot);
                page.setString(2, after);
                page.setString(3, upTo);
                rows += read(page);
                after = upTo;
            }
        }
    }

    /** Runs the query and fetches every column of every row; returns the rows. */
    private static long read(PreparedStatement ps) throws SQLException {
        long rows = 0;
        long values = 0;
        ps.setFetchSize(1000);
        try (ResultSet rs = ps.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    if (rs.getObject(i) != null) {
                        values++;
                    }
                }
                rows++;
            }
        }
        return values >= 0 ? rows : -1;
    }
}
