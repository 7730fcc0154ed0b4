package org.inspect.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.inspect.batch.JobResult;
import org.inspect.config.ConfigFiles;
import org.inspect.error.BadInputException;
import org.inspect.error.ExitCodes;
import org.inspect.error.NotFoundException;
import org.inspect.sampling.FrameCount;
import org.inspect.sampling.Manifest;
import org.inspect.sampling.RollFrame;
import org.inspect.sampling.SampleRun;
import org.inspect.sampling.SampleRuns;
import org.inspect.sampling.SamplingPlan;
import org.inspect.sampling.Seeds;
import org.inspect.sampling.StratumResult;
import org.inspect.sampling.job.SampleParameters;
import org.inspect.store.Snapshots;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code inspect sample}: draws a sample run by a plan and a seed (Jakarta Batch job {@code sample}) and prints
 * its strata; {@code inspect sample show} lists, shows and exports runs.
 */
@Command(name = "sample", resourceBundle = "org.inspect.cli.sampling", mixinStandardHelpOptions = true,
        subcommands = SampleShowCommand.class)
public final class SampleCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Option(names = "--plan", paramLabel = "FILE|NAME", descriptionKey = "sample.plan")
    String plan;

    @ArgGroup(exclusive = true)
    SeedOption seed;

    static final class SeedOption {
        @Option(names = "--seed", required = true, paramLabel = "N", descriptionKey = "sample.seed")
        Long number;

        @Option(names = "--seed-text", required = true, paramLabel = "TEXT", descriptionKey = "sample.seedText")
        String text;
    }

    @Option(names = "--snapshot", paramLabel = "LABEL", descriptionKey = "sample.snapshot")
    String snapshot;

    @Option(names = "--team-size", defaultValue = "2", paramLabel = "N", descriptionKey = "sample.teamSize")
    int teamSize;

    @Option(names = "--recheck", descriptionKey = "sample.recheck")
    boolean recheck;

    @Option(names = "--rate", paramLabel = "R", descriptionKey = "sample.rate")
    String rate;

    @Override
    public Integer call() {
        if (seed == null) {
            throw new BadInputException(Messages.get("sample.needSeed"));
        }
        if (recheck) {
            if (plan != null && rate != null) {
                throw new BadInputException(Messages.get("sample.rateOrPlan"));
            }
            try (Workspace ws = Workspace.open(global)) {
                SampleRun run = run(ws, recheckPlan(ws, plan, rate), seed.number, seed.text, snapshot, teamSize);
                printSummary(ws, run);
            }
            return ExitCodes.OK;
        }
        if (rate != null) {
            throw new BadInputException(Messages.get("sample.rateNeedsRecheck"));
        }
        if (plan == null) {
            throw new BadInputException(Messages.get("sample.needPlan"));
        }
        SamplingPlan p = loadPlan(plan);
        try (Workspace ws = Workspace.open(global)) {
            SampleRun run = run(ws, p, seed.number, seed.text, snapshot, teamSize);
            printSummary(ws, run);
        }
        return ExitCodes.OK;
    }

    /** A plan file, or the name of a plan in {@code config/plans} ({@code default} → config/plans/default.json). */
    static SamplingPlan loadPlan(String fileOrName) {
        Path file = Path.of(fileOrName);
        if (Files.isRegularFile(file)) {
            return SamplingPlan.load(file);
        }
        String name = "plans/" + (fileOrName.endsWith(".json") ? fileOrName : fileOrName + ".json");
        if (!fileOrName.matches("[A-Za-z0-9_.-]+")) {
            throw new NotFoundException(Messages.get("sample.noPlan", fileOrName, ConfigFiles.describe(name)));
        }
        try (InputStream in = ConfigFiles.open(name)) {
            return SamplingPlan.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), ConfigFiles.describe(name));
        } catch (UncheckedIOException | IOException e) {
            throw new NotFoundException(Messages.get("sample.noPlan", fileOrName, ConfigFiles.describe(name)));
        }
    }

    /**
     * The plan of a re-inspection sample (复查抽样) of closed rectification items: {@code --plan} (a plan of kind
     * {@code rect_items}), else one that takes {@code --rate} of each county's closed items (at least one), else
     * the shipped plan {@code recheck}; its frame fixed at the history's last event, so that the frame stays what it
     * was at the draw whatever is recorded afterwards.
     */
    static SamplingPlan recheckPlan(Workspace ws, String planOption, String rateOption) {
        SamplingPlan p;
        if (rateOption != null) {
            java.math.BigDecimal r = org.inspect.sampling.Rates.parse(rateOption, "--rate");
            p = new SamplingPlan("recheck-" + org.inspect.sampling.Rates.percent(r),
                    "复查抽样：已销号的整改事项按县（市、区）分层，每层抽取 " + org.inspect.sampling.Rates.percent(r)
                            + "，至少 1 项。", new java.math.BigDecimal("0.95"),
                    SamplingPlan.Frame.closedItems(java.util.List.of(), 0), java.util.List.of(
                            org.inspect.sampling.Dimension.COUNTY),
                    new org.inspect.sampling.SizeRule.Rate(r, 1, null), java.util.List.of());
        } else {
            p = loadPlan(planOption == null ? "recheck" : planOption);
        }
        if (!p.frame().ofItems()) {
            throw new BadInputException(Messages.get("sample.notRecheckPlan", p.name()));
        }
        if (p.frame().itemsThrough() > 0) {
            return p;
        }
        long last = new org.inspect.rectification.RectificationStore(ws.database()).head().lastSeq();
        return p.withFrame(p.frame().through(last));
    }

    /**
     * Creates a run and draws it with the job; a plan that cannot be honoured (too few inspectors after
     * avoidance, an empty frame) fails with the reason the draw gave.
     */
    static SampleRun run(Workspace ws, SamplingPlan plan, Long seedNumber, String seedText, String label,
            int teamSize) {
        long seed = seedText != null ? Seeds.fromText(seedText) : seedNumber;
        Snapshots snapshots = new Snapshots(ws.database());
        long snapshotId = snapshots.activeId(label);
        if (!plan.frame().ofHouseholds()) {
            // an empty frame is refused before a run is created: it uses up no run number
            FrameCount count = FrameCount.of(plan, new RollFrame(ws.database(), snapshotId));
            if (count.inFrame() == 0) {
                throw count.emptyFrame(plan);
            }
        }
        SampleRuns runs = new SampleRuns(ws.database());
        long runId = runs.create(snapshotId, snapshots.label(snapshotId), plan, seed, seedText, teamSize);
        JobResult r = ws.batch().run("sample", new SampleParameters(runId).toProperties());
        SampleRun run = runs.get(runId);
        if (!r.completed() || !run.completed()) {
            if (run.error() != null) {
                throw new BadInputException(Messages.get("sample.cannotHonour", run.error()));
            }
            throw JobFailures.of(r);
        }
        return run;
    }

    static void printSummary(Workspace ws, SampleRun run) {
        Manifest m = new SampleRuns(ws.database()).manifest(run.id());
        Console.println(Messages.get("sample.done", run.id(), run.snapshotLabel(), run.planName(),
                Long.toString(run.seed()), seedFrom(run.seedText()), run.teamSize(), run.frameSize(),
                run.sampleSize()));
        printStrata(m);
        Console.println(Messages.get("sample.next", run.id()));
    }

    private static int width(String s) {
        return s.length() + (int) s.chars().filter(ch -> ch > 0x2E80).count();
    }

    static String seedFrom(String seedText) {
        return seedText == null ? "" : Messages.get("sample.seedFrom", seedText);
    }

    /** The strata table (CJK township names count two columns), then a line for every empty or whole stratum. */
    static void printStrata(Manifest m) {
        String[] head = Messages.get("sample.strataHead").split("\\|");
        int keyWidth = Math.max(width(head[0]), m.strata().stream().mapToInt(s -> width(s.key())).max().orElse(0));
        Console.println(CheckCommand.pad(head[0], keyWidth)
                + String.format(" %8s %8s %8s  %s", head[1], head[2], head[3], head[4]));
        for (StratumResult s : m.strata()) {
            Console.println(CheckCommand.pad(s.key(), keyWidth) + String.format(" %8d %8d %8d  %s", s.frameSize(),
                    s.requestedSize(), s.sampleSize(), Messages.status(s.status().name())));
        }
        for (StratumResult s : m.strata()) {
            if (s.status() == StratumResult.Status.EMPTY) {
                Console.println(Messages.get("sample.empty", s.key()));
            } else if (s.requestedSize() > s.frameSize()) {
                Console.println(Messages.get("sample.whole", s.key(), s.frameSize(), s.requestedSize()));
            }
        }
    }
}
