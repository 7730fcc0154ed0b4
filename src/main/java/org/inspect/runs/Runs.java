package org.inspect.runs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.inspect.check.CheckRun;
import org.inspect.check.CheckRunStore;
import org.inspect.compare.CompareRun;
import org.inspect.compare.CompareRunStore;
import org.inspect.error.ConflictException;
import org.inspect.rectification.RectificationStore;
import org.inspect.report.data.NoticeIssuer;
import org.inspect.sampling.SampleRun;
import org.inspect.sampling.SampleRunStore;
import org.inspect.store.Database;
import org.inspect.store.Snapshots;

/**
 * Which snapshot versions the stored runs refer to, and the deletion of a run (after which the replaced versions
 * nothing refers to any more are freed). Each run's own store does the reading and deleting.
 */
public final class Runs {

    private final Database db;
    private final OpenRectification rectification;

    public Runs(Database db, OpenRectification rectification) {
        this.db = db;
        this.rectification = rectification;
    }

    /** Over {@code db}: the notices' open rectification items keep a check run from deletion. */
    public Runs(Database db) {
        this(db, new RectificationStore(db)::openItemsOfRun);
    }

    /** Every run that refers to a snapshot version, check runs first, each kind in run order. */
    public List<SnapshotUse> uses() {
        List<SnapshotUse> out = new ArrayList<>();
        List<CheckRun> checks = new CheckRunStore(db).list();
                for (CheckRun r : oldestFirst(checks)) {
            out.add(new SnapshotUse(r.snapshotId(), RunKind.CHECK, r.id()));
        }
        for (CheckRun r : oldestFirst(checks)) {
            if (!NoticeIssuer.recorded(db, r.id()).isEmpty()) {
                out.add(new SnapshotUse(r.snapshotId(), RunKind.NOTICES, r.id()));
            }
        }
        for (SampleRun r : oldestFirst(new SampleRunStore(db).list())) {
            out.add(new SnapshotUse(r.snapshotId(), RunKind.SAMPLE, r.id()));
        }
        for (CompareRun r : oldestFirst(new CompareRunStore(db).list())) {
            out.add(new SnapshotUse(r.snapshotId(), RunKind.COMPARE, r.id()));
        }
        return out;
    }

    /** Snapshot id → the runs that refer to it. */
    public Map<Long, List<SnapshotUse>> usesBySnapshot() {
        Map<Long, List<SnapshotUse>> out = new LinkedHashMap<>();
        uses().forEach(u -> out.computeIfAbsent(u.snapshotId(), k -> new ArrayList<>()).add(u));
        return out;
    }

    /** The ids of the snapshot versions some run refers to. */
    public Set<Long> referencedSnapshots() {
        Set<Long> ids = new TreeSet<>();
        uses().forEach(u -> ids.add(u.snapshotId()));
        return ids;
    }

    /**
     * Deletes a run: a check run with its findings and notices (refused while a notice has open rectification
     * items), a sample run (refused while a check run checked its sample), a compare run (refused while a later
     * compare run was compared against it). Then frees the replaced snapshot versions nothing refers to.
     */
    public void delete(RunKind kind, long runId) {
        switch (kind) {
            case CHECK, NOTICES -> deleteCheck(runId);
            case SAMPLE -> deleteSample(runId);
            case COMPARE -> deleteCompare(runId);
        }
        new Snapshots(db).purgeReplaced(referencedSnapshots());
    }

    private void deleteCheck(long runId) {
        CheckRunStore checks = new CheckRunStore(db);
        checks.get(runId);
        long open = rectification.openItems(runId);
        if (open > 0) {
            throw new ConflictException("check run " + runId + " has " + open + " open rectification item(s)")
                    .localized("runs.delete.openItems", runId, open);
        }
        NoticeIssuer.deleteOfRun(db, runId);
        checks.delete(runId);
    }

    private void deleteSample(long runId) {
        new SampleRunStore(db).get(runId);
        for (CheckRun r : new CheckRunStore(db).list()) {
            if (r.sampleRunId() != null && r.sampleRunId() == runId) {
                throw new ConflictException("check run " + r.id() + " checked sample run " + runId)
                        .localized("runs.delete.sampleChecked", runId, r.id());
            }
        }
        new org.inspect.visits.VisitStore(db).deleteOfRun(runId);
        new SampleRunStore(db).delete(runId);
    }

    private void deleteCompare(long runId) {
        new CompareRunStore(db).get(runId);
        for (CompareRun r : new CompareRunStore(db).list()) {
            if (r.againstRunId() != null && r.againstRunId() == runId) {
                throw new ConflictException("compare run " + r.id() + " was compared against run " + runId)
                        .localized("runs.delete.compareAgainst", runId, r.id());
            }
        }
        new CompareRunStore(db).delete(runId);
    }

    private static <T> List<T> oldestFirst(List<T> newestFirst) {
        List<T> l = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(l);
        return l;
    }
}
