package org.inspect.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.inspect.error.BadInputException;
import org.inspect.error.ExitCodes;
import org.inspect.sampling.Manifest;
import org.inspect.sampling.RollFrame;
import org.inspect.sampling.SampleRun;
import org.inspect.sampling.SampleService;
import org.inspect.sampling.SamplingPlan;
import org.inspect.sampling.StratumResult;
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
final class SampleCommand implements Callable<Integer> {

    private final Console console;

    SampleCommand(Console console) {
        this.console = console;
    }

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

    @Mixin
    UserOption account;

    @Override
    public Integer call() {
        if (seed == null) {
            throw new BadInputException(Messages.get("sample.needSeed"));
        }
        if (recheck) {
            if (plan != null && rate != null) {
                throw new BadInputException(Messages.get("sample.rateOrPlan"));
            }
            try (Workspace ws = Workspace.open(global, console.progress())) {
                account.inspector(ws, console, "sample --recheck", seed.text);
                SampleService samples = new SampleService(ws.database(), ws.batch(), Contexts.system().clock(),
                        ws.settings());
                SampleRun run = samples.draw(samples.recheckPlan(plan, rate), seed.number, seed.text, snapshot,
                        teamSize);
                printSummary(console, samples, run);
            }
            return ExitCodes.OK;
        }
        if (rate != null) {
            throw new BadInputException(Messages.get("sample.rateNeedsRecheck"));
        }
        if (plan == null) {
            throw new BadInputException(Messages.get("sample.needPlan"));
        }
        SamplingPlan p = SampleService.plan(global.settings(), plan);
        try (Workspace ws = Workspace.open(global, console.progress())) {
            account.inspector(ws, console, "sample", plan + " " + seed.text);
            SampleService samples = new SampleService(ws.database(), ws.batch(), Contexts.system().clock(),
                    ws.settings());
            SampleRun run = samples.draw(p, seed.number, seed.text, snapshot, teamSize);
            printSummary(console, samples, run);
        }
        return ExitCodes.OK;
    }

    static void printSummary(Console console, SampleService samples, SampleRun run) {
        Manifest m = samples.manifest(run.id());
        console.println(Messages.get("sample.done", run.id(), run.snapshotLabel(), run.planName(),
                Long.toString(run.seed()), seedFrom(run.seedText()), run.teamSize(), run.frameSize(),
                run.sampleSize()));
        printStrata(console, m);
        console.println(Messages.get("sample.next", run.id()));
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
     * The strata table, lined up with Chinese text: each stratum in words (县（市、区）、救助类型、审批结果 or 重点排查类别), its
     * figures and status, and (in English) its key as the manifest and verify-sample name it; then a line for every empty or
     * whole stratum.
     */
    static void printStrata(Console console, Manifest m) {
        // the key (county=370902;program=DIBAO) is English: a Chinese header has no column for it
        List<String> head = List.of(Messages.get("sample.strataHead").split("\\|"));
        TextTable table = new TextTable(head, 1, 2, 3);
        for (StratumResult s : m.strata()) {
            List<Object> row = new java.util.ArrayList<>(List.of(stratumLabel(s.key()), s.frameSize(),
                    s.requestedSize(), s.sampleSize(), Messages.status(s.status().name()), s.key()));
            table.row(row.subList(0, head.size()));
        }
        table.print(console);
        boolean keyed = head.size() > 5; // the lines below name a stratum as the table does: by key, or in words
        for (StratumResult s : m.strata()) {
            String name = keyed ? s.key() : stratumLabel(s.key());
            if (s.status() == StratumResult.Status.EMPTY) {
                console.println(Messages.get("sample.empty", name));
            } else if (s.requestedSize() > s.frameSize()) {
                console.println(Messages.get("sample.whole", name, s.frameSize(), s.requestedSize()));
            }
        }
    }
}
