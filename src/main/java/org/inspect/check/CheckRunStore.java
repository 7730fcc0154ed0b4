package org.inspect.check;

import java.time.LocalDate;
import java.util.List;
import org.inspect.check.internal.CheckRunEntity;
import org.inspect.error.NotFoundException;
import org.inspect.store.Database;
import org.inspect.store.Sessions;

/**
 * Stores check runs (entity {@code check/internal/CheckRunEntity}): created RUNNING by the command, COMPLETED by the
 * job's last step.
 */
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
        CheckRunEntity e = new CheckRunEntity();
        e.snapshotId = snapshotId;
        e.snapshotLabel = label;
        e.asOf = asOf;
        e.scope = sampleRunId == null ? CheckRun.SCOPE_ALL : CheckRun.SCOPE_SAMPLE;
        e.sampleRunId = sampleRunId;
        e.status = "RUNNING";
        e.criteriaSha256 = sha256(criteriaText);
        e.criteriaText = criteriaText;
        Sessions.inTransaction(db, s -> s.persist(e));
        return e.id;
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
        CheckRunEntity e = Sessions.fromTransaction(db, s -> s.find(CheckRunEntity.class, runId));
        if (e == null) {
            throw new NotFoundException("no check run " + runId).localized("error.noCheckRun", runId);
        }
        return new Criteria(e.criteriaText, e.criteriaSha256);
    }

    /** Marks the run COMPLETED with the numbers of households and cases it covered, at the database's time. */
    public void complete(long runId, long households, long cases) {
        Sessions.inTransaction(db, s -> s.createMutationQuery("update CheckRunEntity r set r.status = 'COMPLETED', "
                + "r.completedAt = current_timestamp, r.households = :households, r.cases = :cases where r.id = :id")
                .setParameter("households", households).setParameter("cases", cases).setParameter("id", runId)
                .executeUpdate());
    }

    public CheckRun get(long runId) {
        CheckRunEntity e = Sessions.fromTransaction(db, s -> s.find(CheckRunEntity.class, runId));
        if (e == null) {
            throw new NotFoundException("no check run " + runId + " (see inspect findings --runs)")
                    .localized("error.noCheckRun", runId);
        }
        return run(e);
    }

    /** The newest COMPLETED run, for commands whose --run is optional. */
    public CheckRun latestCompleted() {
        List<CheckRun> l = query("where r.status = 'COMPLETED' order by r.id desc", 1);
        if (l.isEmpty()) {
            throw new NotFoundException("no completed check run yet (run inspect check --all)")
                    .localized("error.noCompletedCheckRun");
        }
        return l.get(0);
    }

    public List<CheckRun> list() {
        return query("order by r.id desc", Integer.MAX_VALUE);
    }

    private List<CheckRun> query(String where, int max) {
        return Sessions.fromTransaction(db, s -> s.createSelectionQuery("from CheckRunEntity r " + where,
                CheckRunEntity.class).setMaxResults(max).getResultList()).stream().map(CheckRunStore::run).toList();
    }

    private static CheckRun run(CheckRunEntity e) {
        return new CheckRun(e.id, e.snapshotId, e.snapshotLabel, e.asOf, e.scope, e.sampleRunId, e.status,
                e.createdAt, e.completedAt, e.households, e.cases);
    }

    /** Deletes a run, its findings and the reasons it left for a person, in one transaction (its notices are deleted first by their store). */
    public void delete(long runId) {
        get(runId);
        Sessions.inTransaction(db, s -> {
            // the findings are many and written in bulk: deleted by statement, the run's row by its entity
            s.doWork(c -> {
                for (String sql : List.of("DELETE FROM reason_review WHERE check_run_id = ?",
                        "DELETE FROM check_tally WHERE check_run_id = ?",
                        "DELETE FROM finding WHERE check_run_id = ?")) {
                    try (java.sql.PreparedStatement ps = c.prepareStatement(sql)) {
                        ps.setLong(1, runId);
                        ps.executeUpdate();
                    }
                }
            });
            s.remove(s.find(CheckRunEntity.class, runId));
        });
    }
}
