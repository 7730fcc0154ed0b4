package org.inspect.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.inspect.error.NotFoundException;

/**
 * Snapshots of the rolls: each import loads into a new LOADING snapshot that nobody reads, and publishing it
 * flips it to ACTIVE and the previous snapshot of the same label to REPLACED in one transaction, so a label is
 * replaced atomically and other labels are kept (the policy's monthly comparison needs them).
 */
public final class Snapshots {

    /** The roll tables, in load order, with their Chinese names for listings. */
    /** The job lock an import of {@code label} holds exclusively and a check of that snapshot shares. */
    public static String lockName(String label) {
        return "snapshot " + label;
    }

    public static final List<String> ROLL_TABLES = List.of("household", "member", "income", "deduction", "asset",
            "obligor", "assistance_case", "registered_poor", "inspector", "standard_value");

    /** A snapshot with its row counts per roll table. */
    public record Info(long id, String label, String status, String sourceDir, Long jobInstanceId,
            LocalDateTime createdAt, LocalDateTime publishedAt, Map<String, Long> rowCounts) {
    }

    private final Database db;

    public Snapshots(Database db) {
        this.db = db;
    }

    /** The job instance of an unfinished import of this label and folder, if one was interrupted. */
    public Optional<Long> unfinishedImport(String label, String sourceDir) {
        return queryLong("SELECT job_instance_id FROM snapshot WHERE label = ? AND source_dir = ? "
                + "AND status = 'LOADING' ORDER BY id DESC", label, sourceDir);
    }

    /** The LOADING snapshot that an import job instance is filling, if it has created one. */
    public Optional<Long> loadingOf(long jobInstanceId) {
        return queryLong("SELECT id FROM snapshot WHERE job_instance_id = ? AND status = 'LOADING' ORDER BY id DESC",
                jobInstanceId);
    }

    /** The id of the ACTIVE snapshot with this label, if the label has been imported. */
    public Optional<Long> activeIdOf(String label) {
        return queryLong("SELECT id FROM snapshot WHERE status = 'ACTIVE' AND label = ?", label);
    }

    private Optional<Long> queryLong(String sql, Object... args) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw Jdbc.translate(e);
        }
    }

    /**
     * Removes the LOADING snapshot of an import job instance that failed (its rows, rejected lines and standards)
     * and marks it FAILED, so that no half-loaded snapshot stays behind; the next import of the folder starts over.
     * Returns whether there was one.
     */
    public boolean discardLoading(long jobInstanceId) {
        Optional<Long> id = loadingOf(jobInstanceId);
        if (id.isEmpty()) {
            return false;
        }
        Sql.inTransaction(db, c -> {
            try (Statement st = c.createStatement()) {
                for (String t : ROLL_TABLES) {
                    st.executeUpdate("DELETE FROM " + t + " WHERE snapshot_id = " + id.get());
                }
                st.executeUpdate("DELETE FROM import_rejected_line WHERE snapshot_id = " + id.get());
                st.executeUpdate("UPDATE snapshot SET status = 'FAILED' WHERE id = " + id.get());
            }
        });
        return true;
    }

    /**
     * Gives the planner statistics of the roll tables an import has just filled, before the snapshot is published:
     * on a fresh PostgreSQL table it has none until autovacuum comes round, chooses nested loops and the first
     * check stalls for minutes. HSQLDB plans by its indexes alone and keeps no statistics to refresh.
     */
    public void analyzeRollTables() {
        if (db.kind() != DatabaseSettings.Kind.POSTGRESQL) {
            return;
        }
        try (Connection c = db.connection(); Statement st = c.createStatement()) {
            st.execute("ANALYZE snapshot, " + String.join(", ", ROLL_TABLES));
        } catch (SQLException e) {
            throw Jdbc.translate(e);
        }
    }

    /** Makes the snapshot the ACTIVE one of its label, replacing the previous one, in one transaction. */
    public void publish(long snapshotId) {
        Sql.inTransaction(db, c -> {
            String label;
            try (PreparedStatement ps = c.prepareStatement("SELECT label, status FROM snapshot WHERE id = ?")) {
                ps.setLong(1, snapshotId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new NotFoundException("snapshot " + snapshotId + " not found");
                    }
                    if ("ACTIVE".equals(rs.getString(2))) {
                        return;
                    }
                    label = rs.getString(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE snapshot SET status = 'REPLACED' WHERE label = ? AND status = 'ACTIVE'")) {
                ps.setString(1, label);
                ps.executeUpdate();
            }
            Map<String, Long> counties = countyHouseholds(c, snapshotId);
            try (PreparedStatement ps = c.prepareStatement("UPDATE snapshot SET status = 'ACTIVE', "
                    + "published_at = CURRENT_TIMESTAMP, row_counts = ?, county_households = ? WHERE id = ?")) {
                ps.setString(1, encode(rowCounts(c, snapshotId, counties)));
                ps.setString(2, encode(counties));
                ps.setLong(3, snapshotId);
                ps.executeUpdate();
            }
        });
    }

    /** The id of the ACTIVE snapshot with this label; the newest active one when {@code label} is null. */
    public long activeId(String label) {
        String sql = label == null
                ? "SELECT id FROM snapshot WHERE status = 'ACTIVE' ORDER BY published_at DESC NULLS LAST, id DESC"
                : "SELECT id FROM snapshot WHERE status = 'ACTIVE' AND label = ?";
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (label != null) {
                ps.setString(1, label);
            }
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw label == null
                            ? new NotFoundException("no snapshot has been imported yet (run inspect import)")
                                    .localized("error.noSnapshot")
                            : new NotFoundException("no snapshot labelled " + label + " (see inspect snapshots)")
                                    .localized("error.noSuchSnapshot", label);
                }
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw Jdbc.translate(e);
        }
    }

    /** The ACTIVE snapshots, newest label first, with row counts. */
    public List<Info> list() {
        return infos("status = 'ACTIVE' ORDER BY label DESC");
    }

    /** The snapshots {@code whereAndOrder} selects (a WHERE condition and its ORDER BY), with their row counts. */
    private List<Info> infos(String whereAndOrder) {
        List<Info> out = new ArrayList<>();
        try (Connection c = db.connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT id, label, status, source_dir, job_instance_id, created_at, published_at, row_counts "
                        + "FROM snapshot WHERE " + whereAndOrder)) {
            while (rs.next()) {
                long id = rs.getLong(1);
                out.add(new Info(id, rs.getString(2), rs.getString(3), rs.getString(4),
                        (Long) rs.getObject(5), toLocal(rs.getTimestamp(6)), toLocal(rs.getTimestamp(7)),
                        rs.getString(8) == null ? rowCounts(c, id) : decode(rs.getString(8))));
            }
        } catch (SQLException e) {
            throw Jdbc.translate(e);
        }
        return out;
    }

    /** The label of a snapshot id. */
    public String label(long snapshotId) {
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement("SELECT label FROM snapshot WHERE id = ?")) {
            ps.setLong(1, snapshotId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new NotFoundException("snapshot " + snapshotId + " not found");
                }
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw Jdbc.translate(e);
        }
    }

    /** The decisions of a snapshot dated after a day: how many, and the latest date (null when none). */
    public record LaterDecisions(long count, java.time.LocalDate latest) {
    }

    /**
     * The decisions of snapshot {@code snapshotId} dated after {@code day}: rolls as of a day should hold none, and
     * an import says so when they do.
     */
    public LaterDecisions decisionsAfter(long snapshotId, java.time.LocalDate day) {
        String sql = "SELECT COUNT(*), MAX(decision_date) FROM assistance_case WHERE snapshot_id = ? "
                + "AND decision_date > ?";
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, snapshotId);
            ps.setDate(2, java.sql.Date.valueOf(day));
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                rs.next();
                java.sql.Date latest = rs.getDate(2);
                return new LaterDecisions(rs.getLong(1), latest == null ? null : latest.toLocalDate());
            }
        } catch (SQLException e) {
            throw Jdbc.translate(e);
        }
    }

    /** Row counts of every roll table for one snapshot (recorded when it was published). */
    public Map<String, Long> rowCounts(long snapshotId) {
        return recordedOrCounted(snapshotId, "row_counts", Snapshots::rowCounts);
    }

    /**
     * The households of each county of a snapshot, in county-code order: as recorded when it was published (schema
     * 18), else counted from its rows (a snapshot still loading, or published before).
     */
    public Map<String, Long> countyHouseholds(long snapshotId) {
        return recordedOrCounted(snapshotId, "county_households", Snapshots::countyHouseholds);
    }

    /** Counts a snapshot's rows on a connection. */
    @FunctionalInterface
    private interface Counter {
        Map<String, Long> count(Connection c, long snapshotId) throws SQLException;
    }

    /** The counts recorded in the snapshot's {@code column} when it was published, else {@code counter}'s. */
    private Map<String, Long> recordedOrCounted(long snapshotId, String column, Counter counter) {
        try (Connection c = db.connection()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + column + " FROM snapshot WHERE id = ?")) {
                ps.setLong(1, snapshotId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getString(1) != null) {
                        return decode(rs.getString(1));
                    }
                }
            }
            return counter.count(c, snapshotId);
        } catch (SQLException e) {
            throw Jdbc.translate(e, "counting the rows of snapshot " + snapshotId);
        }
    }

    /** Counts the households of each county from the rows (one pass over the snapshot's households). */
    private static Map<String, Long> countyHouseholds(Connection c, long id) throws SQLException {
        Map<String, Long> counts = new java.util.TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT county_code, COUNT(*) FROM household WHERE snapshot_id = ? GROUP BY county_code")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return counts;
    }

    private static String encode(Map<String, Long> counts) {
        StringBuilder sb = new StringBuilder();
        counts.forEach((t, n) -> sb.append(sb.length() == 0 ? "" : ";").append(t).append('=').append(n));
        return sb.toString();
    }

    private static Map<String, Long> decode(String text) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (text.isEmpty()) {
            return counts;
        }
        for (String part : text.split(";")) {
            int eq = part.indexOf('=');
            counts.put(part.substring(0, eq), Long.parseLong(part.substring(eq + 1)));
        }
        return counts;
    }

    private static Map<String, Long> rowCounts(Connection c, long id) throws SQLException {
        return rowCounts(c, id, null);
    }

    /** As {@link #rowCounts(Connection, long)}; the households are the sum of {@code counties} when given. */
    private static Map<String, Long> rowCounts(Connection c, long id, Map<String, Long> counties)
            throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String t : ROLL_TABLES) {
            if (counties != null && t.equals("household")) {
                counts.put(t, counties.values().stream().mapToLong(Long::longValue).sum());
                continue;
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + t + " WHERE snapshot_id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    counts.put(t, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    /**
     * Deletes the rows of REPLACED versions that no run refers to ({@code referenced}), except the newest replaced
     * version of each label, which {@link #restore} can bring back. A version a run refers to is kept until that
     * run is deleted, so every document of the run reads the rows it was made from.
     */
    public void purgeReplaced(Set<Long> referenced) {
        try (Connection c = db.connection(); Statement st = c.createStatement()) {
            List<Long> ids = new ArrayList<>();
            Set<String> newestKept = new HashSet<>();
            try (ResultSet rs = st.executeQuery(
                    "SELECT id, label FROM snapshot WHERE status = 'REPLACED' ORDER BY id DESC")) {
                while (rs.next()) {
                    if (newestKept.add(rs.getString(2))) {
                        continue;
                    }
                    if (!referenced.contains(rs.getLong(1))) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            for (long id : ids) {
                for (String t : ROLL_TABLES) {
                    st.executeUpdate("DELETE FROM " + t + " WHERE snapshot_id = " + id);
                }
                st.executeUpdate("DELETE FROM import_rejected_line WHERE snapshot_id = " + id);
                st.executeUpdate("UPDATE snapshot SET status = 'PURGED' WHERE id = " + id);
            }
        } catch (SQLException e) {
            throw Jdbc.translate(e);
        }
    }

    /** Every version of every label that still has its rows (ACTIVE and REPLACED), newest label and version first. */
    public List<Info> versions() {
        return infos("status IN ('ACTIVE', 'REPLACED') ORDER BY label DESC, id DESC");
    }

    /** The version a restore of a label brings back and the version it replaces. */
    public record Restored(long restoredId, long replacedId) {
    }

    /**
     * Makes the newest REPLACED version of {@code label} the ACTIVE one again and the current ACTIVE version
     * REPLACED, in one transaction; not found when the label has no replaced version with its rows.
     */
    public Restored restore(String label) {
        long active = activeId(label);
        Optional<Long> previous = queryLong("SELECT id FROM snapshot WHERE label = ? AND status = 'REPLACED' "
                + "ORDER BY id DESC", label);
        if (previous.isEmpty()) {
            throw new NotFoundException("snapshot " + label + " has no replaced version to restore")
                    .localized("snapshots.restore.none", label);
        }
        Sql.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE snapshot SET status = ? WHERE id = ?")) {
                ps.setString(1, "REPLACED");
                ps.setLong(2, active);
                ps.executeUpdate();
                ps.setString(1, "ACTIVE");
                ps.setLong(2, previous.get());
                ps.executeUpdate();
            }
        });
        return new Restored(previous.get(), active);
    }

    private static LocalDateTime toLocal(java.sql.Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }
}
