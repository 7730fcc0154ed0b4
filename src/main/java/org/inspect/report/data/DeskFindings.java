package org.inspect.report.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.inspect.check.CheckRun;
import org.inspect.check.CheckRunStore;
import org.inspect.check.FindingStore;
import org.inspect.check.StoredFinding;
import org.inspect.model.Finding;
import org.inspect.report.ChecklistInput.DeskCheck;
import org.inspect.report.internal.FindingsAnnex;
import org.inspect.store.Database;

/**
 * What the desk check found about the households of a sample, for their field checklists: the open findings of
 * the check run of the sample itself, else of the newest completed check of all households of the sample's
 * snapshot; masked (names in the sentences, identity numbers) as every checklist is.
 */
public final class DeskFindings {

    private final Database db;

    public DeskFindings(Database db) {
        this.db = db;
    }

    /** The check run whose findings the checklists of {@code sampleRunId} print; empty when none was run. */
    public Optional<CheckRun> checkRun(long sampleRunId, long snapshotId) {
        List<CheckRun> completed = new CheckRunStore(db).list().stream()
                .filter(r -> "COMPLETED".equals(r.status()) && r.snapshotId() == snapshotId).toList();
        Optional<CheckRun> own = completed.stream().filter(r -> Long.valueOf(sampleRunId).equals(r.sampleRunId()))
                .max(Comparator.comparingLong(CheckRun::id));
        return own.isPresent() ? own : completed.stream().filter(r -> CheckRun.SCOPE_ALL.equals(r.scope()))
                .max(Comparator.comparingLong(CheckRun::id));
    }

    /**
     * Household id → what the desk check found about it (every household of {@code householdIds} is in the map,
     * an empty list when nothing was found); an empty map when no check was run on the snapshot.
     */
    public Map<String, DeskCheck> of(long sampleRunId, long snapshotId, Set<String> householdIds) {
        Optional<CheckRun> run = checkRun(sampleRunId, snapshotId);
        if (run.isEmpty()) {
            return Map.of();
        }
        long runId = run.get().id();
        List<StoredFinding> ofSample = new ArrayList<>();
        new FindingStore(db).forEach(new FindingStore.Query(runId, null, null, false), sf -> {
            if (sf.finding().householdId() != null && householdIds.contains(sf.finding().householdId())) {
                ofSample.add(sf);
            }
        });
        List<Finding> masked = PersonNames.masked(ofSample, PersonNames.of(db, runId, snapshotId), false);
        Map<String, List<Finding>> byHousehold = new HashMap<>();
        householdIds.forEach(h -> byHousehold.put(h, new ArrayList<>()));
        masked.forEach(f -> byHousehold.get(f.householdId()).add(f));
        Map<String, DeskCheck> out = new HashMap<>();
        byHousehold.forEach((h, list) -> {
            list.sort(FindingsAnnex.ORDER);
            out.put(h, new DeskCheck(runId, list));
        });
        return out;
    }
}
