package org.inspect.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the import's validate step stores before any roll row is loaded: the LOADING snapshot of a job instance,
 * its rejected lines and its effective standards, in ONE transaction. A crash before the commit leaves nothing;
 * a crash after it (before the batch runtime records the step as done) makes the restarted step find that
 * snapshot and write the same rows again in place, so a job instance never has two LOADING snapshots.
 */
public final class LoadingSnapshot {

    /** A line of a roll file rejected at validation ({@code line} 0: the whole file). */
    public record Rejected(String rollFile, long line) {
    }

    private final Database db;

    public LoadingSnapshot(Database db) {
        this.db = db;
    }

    /**
     * Creates (or, for a restarted step, rewrites) the LOADING snapshot of {@code jobInstanceId} with its rejected
     * lines and effective standards; returns its id.
     */
    public long begin(String label, String sourceDir, long jobInstanceId, List<Rejected> rejected,
            List<RollWriter.Line> standards) {
        long[] id = new long[1];
        Sql.inTransaction(db, c -> {
            Long existing = existing(c, jobInstanceId);
            if (existing == null) {
                id[0] = insert(c, label, sourceDir, jobInstanceId);
            } else {
                id[0] = existing;
                clear(c, existing);
            }
            insertRejected(c, id[0], rejected);
            RollWriter.insert(c, id[0], standards);
            crashPoint("validate.beforeCommit");
        });
        return id[0];
    }

    /** The lines of {@code rollFile} rejected at validation in the snapshot (0: the whole file); the load skips them. */
    public Set<Long> rejectedLines(long snapshotId, String rollFile) {
        Set<Long> lines = new HashSet<>();
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT source_line FROM import_rejected_line WHERE snapshot_id = ? AND roll_file = ?")) {
            ps.setLong(1, snapshotId);
            ps.setString(2, rollFile);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lines.add(rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw Jdbc.translate(e, "reading the rejected lines of snapshot " + snapshotId);
        }
        return lines;
    }

    /** The newest LOADING snapshot of the job instance, if an earlier attempt of the step committed one. */
    private static Long existing(Connection c, long jobInstanceId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM snapshot WHERE job_instance_id = ? "
                + "AND status = 'LOADING' ORDER BY id DESC")) {
            ps.setLong(1, jobInstanceId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static long insert(Connection c, String label, String sourceDir, long jobInstanceId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO snapshot (label, status, source_dir, "
                + "job_instance_id, created_at) VALUES (?, 'LOADING', ?, ?, CURRENT_TIMESTAMP)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, label);
            ps.setString(2, sourceDir);
            ps.setLong(3, jobInstanceId);
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void clear(Connection c, long snapshotId) throws SQLException {
        for (String table : List.of("import_rejected_line", "standard_value")) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE snapshot_id = ?")) {
                ps.setLong(1, snapshotId);
                ps.executeUpdate();
            }
        }
    }

    private static void insertRejected(Connection c, long snapshotId, List<Rejected> rejected) throws SQLException {
        if (rejected.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO import_rejected_line (snapshot_id, roll_file, source_line) VALUES (?, ?, ?)")) {
            for (Rejected r : rejected) {
                ps.setLong(1, snapshotId);
                ps.setString(2, r.rollFile());
                ps.setLong(3, r.line());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * Crash points for the kill test (ImportValidateCrashTest): with system property {@code inspect.test.halt} set
     * to {@code validate.beforeCommit} the JVM halts just before this step's commit, with {@code
     * validate.afterCommit} just after it (before the batch runtime records the step as done). Runtime.halt runs
     * no shutdown hook and no finally block: to the database it is a kill -9. Unset (always, in use) it does
     * nothing.
     */
    public static void crashPoint(String name) {
        if (name.equals(System.getProperty("inspect.test.halt"))) {
            try {
                // HSQLDB writes its log at most 0.5 s late (write_delay): wait so that a commit before this point
                // is on disk, as it would be for a crash a moment later
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.out.println("HALT " + name);
            System.out.flush();
            Runtime.getRuntime().halt(137);
        }
    }
}
