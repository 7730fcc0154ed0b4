package org.inspect.compare;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.inspect.error.NotFoundException;
import org.inspect.store.Database;
import org.inspect.store.Jdbc;
import org.inspect.store.Sql;

/** Stores compare runs: created RUNNING by the command, COMPLETED by the job's last step. */
public final class CompareRunStore {

    private static final String COLUMNS = "id, snapshot_id, snapshot_label, as_of, against_run_id, status, created_at, "
            + "completed_at, registered, covered";

    private final Database db;

    public CompareRunStore(Database db) {
        this.db = db;
    }

    public long create(long snapshotId, String label, LocalDate asOf, Long againstRunId) {
        return Sql.insert(db, "INSERT INTO compare_run (snapshot_id, snapshot_label, as_of, against_run_id, status, "
                + "created_at) VALUES (?, ?, ?, ?, 'RUNNING', CURRENT_TIMESTAMP)", snapshotId, label, asOf, againstRunId);
    }

    /** Marks the run COMPLETED with its numbers of registered (not lifted) and covered poor households. */
    public void complete(long runId, long registered, long covered) {
        Sql.update(db, "UPDATE compare_run SET status = 'COMPLETED', completed_at = CURRENT_TIMESTAMP, registered = ?, "
                + "covered = ? WHERE id = ?", registered, covered, runId);
    }

    public CompareRun get(long runId) {
        List<CompareRun> l = query("WHERE id = ?", runId);
        if (l.isEmpty()) {
            throw new NotFoundException("no compare run " + runId + " (see inspect compare --runs)")
                    .localized("error.noCompareRun", runId);
        }
        return l.get(0);
    }

    /** The newest COMPLETED run of a snapshot, if any. */
    public Optional<CompareRun> latestCompleted(long snapshotId) {
        return query("WHERE status = 'COMPLETED' AND snapshot_id = ? ORDER BY id DESC LIMIT 1", snapshotId)
                .stream().findFirst();
    }

    public List<CompareRun> list() {
        return query("ORDER BY id DESC");
    }

    private List<CompareRun> query(String where, Object... args) {
        List<CompareRun> out = new ArrayList<>();
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM compare_run " + where)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new CompareRun(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getDate(4).toLocalDate(),
                            (Long) rs.getObject(5), rs.getString(6), rs.getTimestamp(7).toLocalDateTime(),
                            rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toLocalDateTime(),
                            (Long) rs.getObject(9), (Long) rs.getObject(10)));
                }
            }
        } catch (SQLException e) {
            throw Jdbc.translate(e, "reading compare runs");
        }
        return out;
    }

    /** Deletes a run with every list it stored, in one transaction. */
    public void delete(long runId) {
        get(runId);
        Sql.inTransaction(db, c -> {
            for (String table : List.of("compare_match", "compare_unmatched", "compare_recipient", "compare_change")) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE run_id = ?")) {
                    ps.setLong(1, runId);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM compare_run WHERE id = ?")) {
                ps.setLong(1, runId);
                ps.executeUpdate();
            }
        });
    }
}
