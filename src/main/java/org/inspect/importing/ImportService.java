package org.inspect.importing;

import jakarta.batch.runtime.BatchStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inspect.batch.BatchRuntime;
import org.inspect.batch.JobNotCompletedException;
import org.inspect.batch.JobResult;
import org.inspect.error.BadInputException;
import org.inspect.error.ConflictException;
import org.inspect.error.JobFailedException;
import org.inspect.importing.job.ImportParameters;
import org.inspect.runs.OpenRectification;
import org.inspect.runs.Runs;
import org.inspect.runs.SnapshotUse;
import org.inspect.store.Database;
import org.inspect.store.Snapshots;

/**
 * Imports a folder of county rolls as a snapshot (Jakarta Batch job {@code import}). In two calls, so that a front
 * end can say what is about to happen (an interrupted import being resumed) before the job runs.
 */
public final class ImportService {

    /** The files without which a folder is not a month of rolls (an empty or export folder would wipe one). */
    public static final List<RollFile> REQUIRED = List.of(RollFile.HOUSEHOLDS, RollFile.MEMBERS, RollFile.CASES);

    /** The table each file is loaded into. */
    public static final Map<RollFile, String> TABLES = Map.of(RollFile.STANDARDS, "standard_value",
            RollFile.HOUSEHOLDS, "household", RollFile.MEMBERS, "member", RollFile.INCOMES, "income",
            RollFile.DEDUCTIONS, "deduction", RollFile.ASSETS, "asset", RollFile.OBLIGORS, "obligor",
            RollFile.CASES, "assistance_case", RollFile.REGISTERED_POOR, "registered_poor",
            RollFile.INSPECTORS, "inspector");

    private final Database database;
    private final Snapshots snapshots;
    private final BatchRuntime batch;

    /** {@code batch} may be null for a service that only lists and restores snapshots. */
    public ImportService(Database database, BatchRuntime batch) {
        this.database = database;
        this.snapshots = new Snapshots(database);
        this.batch = batch;
    }

    /**
     * What an import will do: the snapshot it replaces (with its row counts) and the interrupted execution it
     * resumes, if any.
     */
    public record Plan(ImportParameters params, Long replacedSnapshot, Map<String, Long> before,
            Long resumedExecution) {
    }

    /**
     * What an import did: its execution, rows loaded per file, the validation (rejects, warnings) and, when a
     * label was replaced, the row counts after it.
     */
    public record Outcome(Plan plan, long executionId, Map<RollFile, Long> loaded, ValidationResult validation,
            Map<String, Long> after, Snapshots.LaterDecisions laterDecisions) {

        public Outcome(Plan plan, long executionId, Map<RollFile, Long> loaded, ValidationResult validation,
                Map<String, Long> after) {
            this(plan, executionId, loaded, validation, after, new Snapshots.LaterDecisions(0, null));
        }
    }

    /** A folder the validation refused: nothing was written; the result says why, row by row. */
    public static final class RefusedException extends BadInputException {
        private final transient ValidationResult validation;

        RefusedException(ValidationResult validation, Path dir) {
            super(validation.errorCount() + " errors in " + dir);
            this.validation = validation;
            localized("import.refused", validation.errorCount(), dir);
        }

        public ValidationResult validation() {
            return validation;
        }
    }

    /**
     * The lock an import of {@code label} holds from its checks to its end: on a shared database a second import of
     * the label, or a check of its snapshot, is refused meanwhile (the embedded database is one process's anyway).
     */
    public org.inspect.store.JobLocks.Held lock(String label) {
        return database.lock(Snapshots.lockName(label), false);
    }

    /**
     * Checks that the folder is a month of rolls and that the label is free (or {@code replace} is given: the
     * replaced version stays restorable), and finds an interrupted import of the same folder to resume.
     */
    public Plan prepare(ImportParameters params, boolean replace) {
        Labels.check(params.label());
        RollFolder folder = RollFolder.scan(params.dir());
        List<String> missing = REQUIRED.stream().filter(f -> folder.file(f).isEmpty())
                .map(f -> f.baseName() + ".csv").toList();
        if (!missing.isEmpty()) {
            throw new BadInputException(params.dir() + " lacks " + String.join(", ", missing))
                    .localized("import.missingFiles", params.dir(), String.join(", ", missing));
        }
        Optional<Long> existing = snapshots.activeIdOf(params.label());
        if (existing.isPresent() && !replace) {
            Long households = snapshots.rowCounts(existing.get()).get("household");
            throw new ConflictException("snapshot " + params.label() + " exists")
                    .localized("import.needsReplace", params.label(), households);
        }
        Map<String, Long> before = existing.map(snapshots::rowCounts).orElse(null);
        String source = params.dir().toAbsolutePath().normalize().toString();
        Long resumed = snapshots.unfinishedImport(params.label(), source).map(batch::latestExecutionOf).orElse(null);
        return new Plan(params, existing.orElse(null), before, resumed);
    }

    /** Runs (or resumes) the import job; a refused folder throws {@link RefusedException}. */
    public Outcome load(Plan plan) {
        ImportParameters params = plan.params();
        JobResult result = plan.resumedExecution() != null
                ? batch.restart(plan.resumedExecution(), params.toProperties())
                : batch.run("import", params.toProperties());
        ValidationResult validation = batch.services().take(result.executionId(), ValidationResult.class);
        if (!result.completed()) {
            if (validation != null && "INVALID".equals(result.exitStatus())) {
                throw new RefusedException(validation, params.dir());
            }
            if (result.status() == BatchStatus.FAILED && discard(result.executionId())) {
                throw new JobFailedException("import of " + params.label() + " failed (" + result.failureSummary()
                        + "); its rows were removed", result.failure())
                        .localized("import.loadFailed", params.label(), result.failureSummary(),
                                String.valueOf(result.failure() == null ? "" : result.failure().getMessage()));
            }
            throw new JobNotCompletedException(result);
        }
        long snapshotId = snapshots.activeId(params.label());
        Map<String, Long> counts = snapshots.rowCounts(snapshotId);
        Map<RollFile, Long> loaded = new java.util.EnumMap<>(RollFile.class);
        for (RollFile f : RollFile.values()) {
            loaded.put(f, counts.get(TABLES.get(f)));
        }
        // rolls as of a day that hold later decisions were exported later, or are wrongly dated: say so
        Snapshots.LaterDecisions later = params.referenceDate() == null ? new Snapshots.LaterDecisions(0, null)
                : snapshots.decisionsAfter(snapshotId, params.referenceDate());
        return new Outcome(plan, result.executionId(), loaded, validation,
                plan.before() == null ? null : counts, later);
    }

    /**
     * After a load that failed (an error, not a kill: a killed import resumes), removes its LOADING snapshot and
     * abandons the execution, so that neither a half-loaded snapshot nor a restart that would fail the same way
     * is left; the import is simply run again once the cause is fixed.
     */
    private boolean discard(long executionId) {
        long instance = batch.operator().getJobInstance(executionId).getInstanceId();
        if (!snapshots.discardLoading(instance)) {
            return false;
        }
        batch.operator().abandon(executionId);
        return true;
    }

    /** Prepares and loads in one call. */
    public Outcome importFolder(ImportParameters params, boolean replace) {
        return load(prepare(params, replace));
    }

    /** The active snapshot of each label, or with {@code all} every kept version. */
    public List<Snapshots.Info> snapshots(boolean all) {
        return all ? snapshots.versions() : snapshots.list();
    }

    /** The runs that refer to each snapshot version, by snapshot id. */
    public Map<Long, List<SnapshotUse>> usesBySnapshot() {
        return new Runs(database, OpenRectification.NONE).usesBySnapshot();
    }

    /** A label brought back to the version its last import replaced, with the row counts of both. */
    public record Restored(long restoredId, long replacedId, Map<String, Long> before, Map<String, Long> after) {
    }

    /** Brings back the version of {@code label} that the last import replaced. */
    public Restored restore(String label) {
        Snapshots.Restored r = snapshots.restore(label);
        return new Restored(r.restoredId(), r.replacedId(), snapshots.rowCounts(r.replacedId()),
                snapshots.rowCounts(r.restoredId()));
    }
}
