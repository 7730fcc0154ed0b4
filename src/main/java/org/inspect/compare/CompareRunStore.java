package org.inspect.compare;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.inspect.compare.internal.CompareRunEntity;
import org.inspect.error.NotFoundException;
import org.inspect.store.Database;
import org.inspect.store.Sessions;

/** Stores compare runs (entity {@code compare/internal/CompareRunEntity}): created RUNNING by the command, COMPLETED by the job's last step. */
public final class CompareRunStore {

    private final Database db;

    public CompareRunStore(Database db) {
        this.db = db;
    }

    public long create(long snapshotId, String label, LocalDate asOf, Long againstRunId) {
        CompareRunEntity e = new CompareRunEntity();
        e.snapshotId = snapshotId;
        e.snapshotLabel = label;
        e.asOf = asOf;
        e.againstRunId = againstRunId;
        e.status = "RUNNING";
        Sessions.inTransaction(db, s -> s.persist(e));
        return e.id;
    }

    /** Marks the run COMPLETED with its numbers of registered (not lifted) and covered poor households. */
    public void complete(long runId, long registered, long covered) {
        Sessions.inTransaction(db, s -> s.createMutationQuery("update CompareRunEntity r set r.status = 'COMPLETED', "
                + "r.completedAt = current_timestamp, r.registered = :registered, r.covered = :covered "
                + "where r.id = :id").setParameter("registered", registered).setParameter("covered", covered)
                .setParameter("id", runId).executeUpdate());
    }

    public CompareRun get(long runId) {
        CompareRunEntity e = Sessions.fromTransaction(db, s -> s.find(CompareRunEntity.class, runId));
        if (e == null) {
            throw new NotFoundException("no compare run " + runId + " (see inspect compare --runs)")
                    .localized("error.noCompareRun", runId);
        }
        return run(e);
    }

    /** The newest COMPLETED run of a snapshot, if any. */
    public Optional<CompareRun> latestCompleted(long snapshotId) {
        return Sessions.fromTransaction(db, s -> s.createSelectionQuery("from CompareRunEntity r "
                + "where r.status = 'COMPLETED' and r.snapshotId = :snapshot order by r.id desc", CompareRunEntity.class)
                .setParameter("snapshot", snapshotId).setMaxResults(1).getResultList()).stream()
                .map(CompareRunStore::run).findFirst();
    }

    public List<CompareRun> list() {
        return Sessions.fromTransaction(db, s -> s.createSelectionQuery("from CompareRunEntity r order by r.id desc",
                CompareRunEntity.class).getResultList()).stream().map(CompareRunStore::run).toList();
    }

    private static CompareRun run(CompareRunEntity e) {
        return new CompareRun(e.id, e.snapshotId, e.snapshotLabel, e.asOf, e.againstRunId, e.status, e.createdAt,
                e.completedAt, e.registered, e.covered);
    }

    /** Deletes a run with every list it stored, in one transaction. */
    public void delete(long runId) {
        get(runId);
        Sessions.inTransaction(db, s -> {
            // the lists are many rows written in bulk: deleted by statement, the run's row by its entity
            s.doWork(c -> {
                for (String table : List.of("compare_match", "compare_unmatched", "compare_recipient",
                        "compare_change")) {
                    try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE run_id = ?")) {
                        ps.setLong(1, runId);
                        ps.executeUpdate();
                    }
                }
            });
            s.remove(s.find(CompareRunEntity.class, runId));
        });
    }
}
