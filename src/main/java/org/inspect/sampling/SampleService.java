package org.inspect.sampling;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.inspect.batch.BatchRuntime;
import org.inspect.batch.JobNotCompletedException;
import org.inspect.batch.JobResult;
import org.inspect.config.Settings;
import org.inspect.error.BadInputException;
import org.inspect.error.NotFoundException;
import org.inspect.sampling.job.SampleParameters;
import org.inspect.store.Database;
import org.inspect.store.RollReader;
import org.inspect.store.Snapshots;

/** Draws sample runs by a plan and a seed (Jakarta Batch job {@code sample}) and verifies stored ones. */
public final class SampleService {

    private final Database database;
    private final BatchRuntime batch;
    private final Clock clock;
    private final Settings settings;

    /**
     * A service that draws: {@code clock} dates the draws (the caller's Context clock); the shipped re-inspection
     * plan is read from {@code settings}.
     */
    public SampleService(Database database, BatchRuntime batch, Clock clock, Settings settings) {
        this.database = database;
        this.batch = batch;
        this.clock = clock;
        this.settings = settings;
    }

    /** {@code batch} may be null for a service that only reads and verifies runs; it cannot draw (no clock). */
    public SampleService(Database database, BatchRuntime batch) {
        this(database, batch, null, null);
    }

    private Clock clock() {
        if (clock == null) {
            throw new IllegalStateException("a sample service that draws needs a clock");
        }
        return clock;
    }

    /**
     * A plan file, or the name of a plan in the config folder's {@code plans} of {@code settings} ({@code default} →
     * config/plans/default.json).
     */
    public static SamplingPlan plan(Settings settings, String fileOrName) {
        Path file = Path.of(fileOrName);
        if (Files.isRegularFile(file)) {
            return SamplingPlan.load(file);
        }
        String name = "plans/" + (fileOrName.endsWith(".json") ? fileOrName : fileOrName + ".json");
        if (!fileOrName.matches("[A-Za-z0-9_.-]+")) {
            throw noPlan(settings, fileOrName, name);
        }
        try (InputStream in = settings.open(name)) {
            return SamplingPlan.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), settings.describe(name));
        } catch (UncheckedIOException | IOException e) {
            throw noPlan(settings, fileOrName, name);
        }
    }

    /**
     * The plan of a re-inspection sample (复查抽样) of closed rectification items: {@code planOption} (a plan of kind
     * {@code rect_items}), else one that takes {@code rateOption} of each county's closed items (at least one), else
     * the shipped plan {@code recheck}; its frame fixed at the history's last event, so that the frame stays what it
     * was at the draw whatever is recorded afterwards.
     */
    public SamplingPlan recheckPlan(String planOption, String rateOption) {
        SamplingPlan p;
        if (rateOption != null) {
            java.math.BigDecimal r = Rates.parse(rateOption, "--rate");
            p = new SamplingPlan("recheck-" + Rates.percent(r), "复查抽样：已销号的整改事项按县（市、区）分层，每层抽取 "
                    + Rates.percent(r) + "，至少 1 项。", new java.math.BigDecimal("0.95"),
                    SamplingPlan.Frame.closedItems(List.of(), 0), List.of(Dimension.COUNTY),
                    new SizeRule.Rate(r, 1, null), List.of());
        } else {
            p = plan(settings, planOption == null ? "recheck" : planOption);
        }
        if (!p.frame().ofItems()) {
            throw new BadInputException("plan " + p.name() + " is not a re-inspection plan")
                    .localized("sample.notRecheckPlan", p.name());
        }
        if (p.frame().itemsThrough() > 0) {
            return p;
        }
        long last = new org.inspect.rectification.RectificationStore(database).head().lastSeq();
        return p.withFrame(p.frame().through(last));
    }

    private static NotFoundException noPlan(Settings settings, String fileOrName, String name) {
        return new NotFoundException("no sampling plan " + fileOrName)
                .localized("sample.noPlan", fileOrName, settings.describe(name));
    }

    /**
     * Creates a run on the active snapshot {@code label} (null: the newest) and draws it with the job; the seed is
     * {@code seedNumber}, or derived from {@code seedText} when given. A plan that cannot be honoured (too few
     * inspectors after avoidance, an empty frame) fails with the reason the draw gave.
     */
    public SampleRun draw(SamplingPlan plan, Long seedNumber, String seedText, String label, int teamSize) {
        java.time.Instant drawnAt = clock().instant();
        long seed = seedText != null ? Seeds.fromText(seedText) : seedNumber;
        Snapshots snapshots = new Snapshots(database);
        long snapshotId = snapshots.activeId(label);
        if (!plan.frame().ofHouseholds() && !plan.frame().ofItems()) {
            // an empty frame is refused before a run is created: it uses up no run number
            FrameCount count = FrameCount.of(plan, new RollFrame(database, snapshotId));
            if (count.inFrame() == 0) {
                throw count.emptyFrame(plan);
            }
        }
        SampleRunStore runs = new SampleRunStore(database);
        long runId = runs.create(snapshotId, snapshots.label(snapshotId), plan, seed, seedText, teamSize);
        JobResult r = batch.run("sample", new SampleParameters(runId, drawnAt).toProperties());
        SampleRun run = runs.get(runId);
        if (!r.completed() || !run.completed()) {
            if (run.error() != null) {
                throw new BadInputException("cannot honour the plan: " + run.error())
                        .localized("sample.cannotHonour", run.error());
            }
            throw new JobNotCompletedException(r);
        }
        return run;
    }

    /** The manifest of a stored run: plan, seed, frame hash and strata. */
    public Manifest manifest(long runId) {
        return new SampleRunStore(database).manifest(runId);
    }

    /** The strata of a stored sample run that no longer match its snapshot label's current rolls. */
    public List<StratumMismatch> differences(long runId) {
        SampleRun run = new SampleRunStore(database).completed(runId);
        long snapshotId = new Snapshots(database).activeId(run.snapshotLabel());
        return verify(manifest(runId), snapshotId);
    }

    /** The strata of {@code manifest} that the rolls of snapshot {@code snapshotId} do not reproduce. */
    public List<StratumMismatch> verify(Manifest manifest, long snapshotId) {
        return SampleVerifier.verify(manifest, HouseholdFrame.of(database, snapshotId, manifest.samplingPlan()),
                new RollReader(database, snapshotId).inspectors());
    }

    /** A verification: the manifest checked, the label of the snapshot it was checked against, what differs. */
    public record Verification(Manifest manifest, String snapshotLabel, List<StratumMismatch> differences) {
    }

    /**
     * Re-derives the frame and the draw of stored run {@code runId}, or of the manifest file when given, from the
     * rolls of the active snapshot {@code label} (null: the run's label, else the newest) and the manifest's plan
     * and seed.
     */
    public Verification verify(Long runId, Path manifestFile, String label) {
        SampleRunStore runs = new SampleRunStore(database);
        SampleRun run = runId == null ? null : runs.completed(runId);
        Manifest m = manifestFile != null ? readManifest(manifestFile) : runs.manifest(runId);
        Snapshots snapshots = new Snapshots(database);
        long snapshotId = snapshots.activeId(label != null ? label : run != null ? run.snapshotLabel() : null);
        return new Verification(m, snapshots.label(snapshotId), verify(m, snapshotId));
    }

    /** A manifest file written by {@code sample show --export}. */
    private static Manifest readManifest(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new NotFoundException("no manifest file " + file);
        }
        try {
            return Manifest.fromJson(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new BadInputException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
