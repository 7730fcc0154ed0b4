package org.inspect.check;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.inspect.error.NotFoundException;
import org.inspect.store.Database;
import org.inspect.store.Jdbc;
import org.inspect.store.Sql;

/** Stores check runs: created RUNNING by the command, COMPLETED by the job's last step. */
public final class CheckRunStore {

    private final Database db;

    public CheckRunStore(Database db) {
        this.db = db;
    }

    /**
     * Creates a RUNNING run that keeps its inputs: the exclusion-criteria text it applies (with its SHA-256), so
     * that its partitions and a restart use exactly those patterns whatever happens to the file meanwhile.
     */
    public long create(long snapshotId, String label, LocalDate asOf, Long sampleRunId, String criteriaText) {
        return Sql.insert(db, "INSERT INTO check_run (snapshot_id, snapshot_label, as_of, scope, sample_run_id, status, "
                + "created_at, criteria_sha256, criteria_text) VALUES (?, ?, ?, ?, ?, 'RUNNING', CURRENT_TIMESTAMP, ?, ?)",
                snapshotId, label, asOf, sampleRunId == null ? CheckRun.SCOPE_ALL : CheckRun.SCOPE_SAMPLE, sampleRunId,
                sha256(criteriaText), criteriaText);
    }

    /** The SHA-256 (hex) of a text's UTF-8 bytes. */
    public static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The criteria text and its SHA-256 a run keeps (both null for a run made before schema 7). */
    public record Criteria(String text, String sha256) {
    }

    public Criteria criteria(long runId) {
        try (Connection c = db.connection(); java.sql.PreparedStatement ps = c.prepareStatement(
                "SELECT criteria_text, criteria_sha256 FROM check_run WHERE id = ?")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new NotFoundException("no check run " + runId).localized("error.noCheckRun", runId);
                }
                return new Criteria(rs.getString(1), rs.getString(2));
            }
        } catch (SQLException e) {
            throw Jdbc.translate(e, "reading the criteria of a check run");
        }
    }

    /** Marks the run COMPLETED with the numbers of households and cases it covered. */
    public void complete(long runId, long households, long cases) {
        Sql.update(db, "UPDATE check_run SET status = 'COMPLETED', completed_at = CURRENT_TIMESTAMP, households = ?, "
                + "cases = ? WHERE id = ?", households, cases, runId);
    }

    public CheckRun get(long runId) {
        List<CheckRun> l = query("WHERE id = " + runId);
        if (l.isEmpty()) {
            throw new NotFoundException("no check run " + runId + " (see inspect findings --runs)")
                    .localized("error.noCheckRun", runId);
        }
        return l.get(0);
    }

    /** The newest COMPLETED run, for commands whose --run is optional. */
    public CheckRun latestCompleted() {
        List<CheckRun> l = query("WHERE status = 'COMPLETED' ORDER BY id DESC LIMIT 1");
        if (l.isEmpty()) {
            throw new NotFoundException("no completed check run yet (run inspect check --all)")
                    .localized("error.noCompletedCheckRun");
        }
        return l.get(0);
    }

    public List<CheckRun> list() {
        return query("ORDER BY id DESC");
    }

    private List<CheckRun> query(String where) {
        List<CheckRun> out = new ArrayList<>();
        try (Connection c = db.connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT id, snapshot_id, snapshot_label, as_of, scope, sample_run_id, status, created_at, "
                        + "completed_at, households, cases FROM check_run " + where)) {
            while (rs.next()) {
                out.add(new CheckRun(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getDate(4).toLocalDate(),
                        rs.getString(5), (Long) rs.getObject(6), rs.getString(7),
                        rs.getTimestamp(8).toLocalDateTime(),
                        rs.getTimestamp(9) == null ? null : rs.getTimestamp(9).toLocalDateTime(),
                        (Long) rs.getObject(10), (Long) rs.getObject(11)));
            }
        } catch (SQLException e) {
            throw Jdbc.translate(e, "reading check runs");
        }
        return out;
    }

    /** Deletes a run, its findings and the reasons it left for a person, in one transaction (its notices are deleted first by their store). */
    public void delete(long runId) {
        get(runId);
        Sql.inTransaction(db, c -> {
            for (String sql : List.of("DELETE FROM reason_review WHERE check_run_id = ?",
                    "DELETE FROM finding WHERE check_run_id = ?", "DELETE FROM check_run WHERE id = ?")) {
                try (java.sql.PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setLong(1, runId);
                    ps.executeUpdate();
                }
            }
        });
    }
}
