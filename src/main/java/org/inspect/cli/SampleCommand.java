package org.inspect.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.inspect.batch.JobResult;
import org.inspect.config.ConfigFiles;
import org.inspect.error.BadInputException;
import org.inspect.error.ExitCodes;
import org.inspect.error.NotFoundException;
import org.inspect.sampling.Manifest;
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

    @Override
    public Integer call() {
        if (plan == null) {
            throw new BadInputException(Messages.get("sample.needPlan"));
        }
        if (seed == null) {
            throw new BadInputException(Messages.get("sample.needSeed"));
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
     * Creates a run and draws it with the job; a plan that cannot be honoured (too few inspectors after
     * avoidance, an empty frame) fails with the reason the draw gave.
     */
    static SampleRun run(Workspace ws, SamplingPlan plan, Long seedNumber, String seedText, String label,
            int teamSize) {
        long seed = seedText != null ? Seeds.fromText(seedText) : seedNumber;
        Snapshots snapshots = new Snapshots(ws.database());
        long snapshotId = snapshots.activeId(label);
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

    /** A stratum key in words: {@code county=370902;program=DIBAO;outcome=APPROVED} → 泰山区 低保 已批准. */
    static String stratumLabel(String key) {
        List<String> words = new java.util.ArrayList<>();
        for (String part : key.split(";")) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                words.add(part);
                continue;
            }
            String kind = part.substring(0, eq);
            String value = part.substring(eq + 1);
            String wordKey = "word.stratum." + kind + "." + value;
            String word = Messages.get(wordKey);
            words.add("county".equals(kind) ? org.inspect.model.Counties.name(value)
                    : word.equals(wordKey) ? value : word);
        }
        return String.join(" ", words);
    }

    static String seedFrom(String seedText) {
        return seedText == null ? "" : Messages.get("sample.seedFrom", seedText);
    }

    /**
     * The strata table, lined up with Chinese text: each stratum in words (县区、救助类型、审批结果 or 重点排查类别), its
     * figures and status, and its key (as the manifest and verify-sample name it); then a line for every empty or
     * whole stratum.
     */
    static void printStrata(Manifest m) {
        TextTable table = new TextTable(List.of(Messages.get("sample.strataHead").split("\\|")), 1, 2, 3);
        for (StratumResult s : m.strata()) {
            table.row(List.of(stratumLabel(s.key()), s.frameSize(), s.requestedSize(), s.sampleSize(),
                    Messages.status(s.status().name()), s.key()));
        }
        table.print();
        for (StratumResult s : m.strata()) {
            if (s.status() == StratumResult.Status.EMPTY) {
                Console.println(Messages.get("sample.empty", s.key()));
            } else if (s.requestedSize() > s.frameSize()) {
                Console.println(Messages.get("sample.whole", s.key(), s.frameSize(), s.requestedSize()));
            }
        }
    }
}
