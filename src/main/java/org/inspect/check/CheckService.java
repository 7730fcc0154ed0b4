package org.inspect.check;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.inspect.batch.BatchRuntime;
import org.inspect.batch.JobNotCompletedException;
import org.inspect.check.job.CheckParameters;
import org.inspect.check.job.CriteriaConfig;
import org.inspect.config.Settings;
import org.inspect.model.Rule;
import org.inspect.store.Database;
import org.inspect.store.Snapshots;

/** Checks households against the policy (Jakarta Batch job {@code check}) and answers questions about a run. */
public final class CheckService {

    private final Database database;
    private final BatchRuntime batch;
    private final Settings settings;

    /**
     * Checks with the word list and campaign of {@code settings}; {@code batch} may be null for a service that only
     * reads runs.
     */
    public CheckService(Database database, BatchRuntime batch, Settings settings) {
        this.database = database;
        this.batch = batch;
        this.settings = settings;
    }

    /**
     * Checks the active snapshot {@code label} (null: the newest) as of {@code asOf} (null: the campaign's reference
     * date, {@link CampaignPeriod#referenceDate}): every household, or with
     * {@code sampleRun} the sampled cases only; stores the findings as a new check run.
     */
    public CheckRun check(String label, LocalDate asOfOrNull, Long sampleRun) {
        LocalDate asOf = asOfOrNull != null ? asOfOrNull : CampaignPeriod.referenceDate(settings);
        if (sampleRun != null) {
            SampleSource.find().requireCompletedCaseSample(database, sampleRun);
        }
        Snapshots snapshots = new Snapshots(database);
        String snapshotLabel = snapshots.label(snapshots.activeId(label));
        // a check may run beside other readers of the snapshot, never while an import replaces it
        try (var lock = database.lock(Snapshots.lockName(snapshotLabel), true)) {
            long snapshotId = snapshots.activeId(snapshotLabel);
            CheckRunStore runs = new CheckRunStore(database);
            long runId = runs.create(snapshotId, snapshotLabel, asOf, sampleRun, CriteriaConfig.text(settings));
            JobNotCompletedException.unlessCompleted(batch.run("check",
                    new CheckParameters(runId, snapshotId, asOf, sampleRun).toProperties()));
            return runs.get(runId);
        }
    }

    /** A stored run. */
    public CheckRun run(long runId) {
        return new CheckRunStore(database).get(runId);
    }

    /** The run's open findings by county code and rule. */
    public Map<String, Map<Rule, Long>> countsByCountyAndRule(long runId) {
        return new FindingStore(database).countsByCountyAndRule(runId);
    }

    /** How many findings the run has (dismissed ones aside). */
    public long findingCount(long runId) {
        return countsByCountyAndRule(runId).values().stream().flatMap(m -> m.values().stream())
                .mapToLong(Long::longValue).sum();
    }

    /** Every finding of the run, dismissed ones included. */
    public void forEachFinding(long runId, Consumer<StoredFinding> sink) {
        new FindingStore(database).forEach(new FindingStore.Query(runId, null, null, true), sink);
    }

    /** The reasons the reader could not settle, for a person to read. */
    public List<ReasonReviewStore.Row> reasonsToRead(long runId) {
        return new ReasonReviewStore(database).of(runId);
    }
}
