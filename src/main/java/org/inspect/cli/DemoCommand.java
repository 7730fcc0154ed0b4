package org.inspect.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.inspect.batch.BatchRuntime;
import org.inspect.check.CheckRun;
import org.inspect.check.CheckService;
import org.inspect.compare.CompareService;
import org.inspect.demo.DemoOptions;
import org.inspect.demo.DemoService;
import org.inspect.demo.DemoSummary;
import org.inspect.demo.RectificationDrill;
import org.inspect.error.ExitCodes;
import org.inspect.importing.ImportService;
import org.inspect.model.Counties;
import org.inspect.report.DocumentService;
import org.inspect.report.data.NoticeIssuer;
import org.inspect.sampling.SampleRun;
import org.inspect.sampling.SampleService;
import org.inspect.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code inspect demo}: generates a synthetic Tai'an with planted anomalies under {@code <data>/demo-input/},
 * imports it and runs the pipeline on it ({@link DemoService}), printing what each step did and how many planted
 * anomalies the checks found.
 */
@Command(name = "demo", resourceBundle = "org.inspect.cli.messages", mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {

    private final Console console;

    DemoCommand(Console console) {
        this.console = console;
    }

    @Mixin
    GlobalOptions global;

    @Option(names = "--households", defaultValue = "20000", paramLabel = "N", descriptionKey = "demo.households")
    int households;

    @Option(names = "--seed", defaultValue = "2019", paramLabel = "S", descriptionKey = "demo.seed")
    long seed;

    @Override
    public Integer call() {
        DemoOptions options = DemoOptions.defaults().withHouseholds(households).withSeed(seed);
        new DemoService(Contexts.system(), global.settings(), ReportCommand::unverifiedCover).run(options,
                global.dataDir().resolve("demo-input"), Path.of("reports"), this::open, new Printed());
        return ExitCodes.OK;
    }

    private DemoService.Workbench open() {
        Workspace ws = Workspace.create(global, console.progress());
        return new DemoService.Workbench() {
            @Override
            public Database database() {
                return ws.database();
            }

            @Override
            public BatchRuntime batch() {
                return ws.batch();
            }

            @Override
            public void close() {
                ws.close();
            }
        };
    }

    /** The demo's steps in the user's words, through the commands' own printers. */
    private final class Printed implements DemoService.Listener {

        @Override
        public void stage(String name, long nanos, long cpuNanos) {
            if (global.verbose()) {
                console.info(String.format(Locale.ROOT, "[demo] %-28s %6.1f s (cpu %.1f s)", name, nanos / 1e9,
                        cpuNanos / 1e9));
            }
        }

        @Override
        public void generated(Path input, DemoSummary summary, Path key) {
            console.println(Messages.get("demo.generated", input,
                    summary.rowsPerFile().getOrDefault("households.csv", 0L), summary.plantedFindings(), key));
        }

        @Override
        public void importPlanned(ImportService.Plan plan) {
            ImportCommand.printPlan(console, plan);
        }

        @Override
        public void imported(ImportService.Outcome outcome) {
            ImportCommand.printOutcome(console, outcome);
        }

        @Override
        public void checked(CheckService checks, CheckRun run) {
            CheckCommand.printSummary(console, checks, run);
        }

        @Override
        public void answerKey(long found, int planted, long notPlanted) {
            console.println(Messages.get("demo.keyResult", found, planted, notPlanted));
        }

        @Override
        public void sampling(String seedText) {
            console.println(Messages.get("demo.sampling", seedText));
        }

        @Override
        public void sampled(SampleService samples, SampleRun run) {
            SampleCommand.printSummary(console, samples, run);
        }

        @Override
        public void sampleChecked(CheckRun check, SampleRun sample, long findings) {
            console.println(Messages.get("demo.sampleCheck", check.cases(), check.households(), sample.id(),
                    findings, check.id()));
        }

        @Override
        public void compared(CompareService.Summary summary) {
            CompareCommand.printSummary(console, summary);
        }

        @Override
        public void drive(String month, LocalDate asOf, Set<String> without, Set<String> planted) {
            String names = without.isEmpty() ? Messages.get("demo.driveNone")
                    : String.join("、", without.stream().map(Counties::name).toList());
            console.println(Messages.get("demo.drive", month, asOf, without.size(), names, planted.size(),
                    Messages.get(planted.equals(without) ? "demo.driveAgree" : "demo.driveDiffer")));
        }

        @Override
        public void compareExported(CompareService.Exported exported, Path dir) {
            CompareCommand.printExported(console, exported, dir);
        }

        @Override
        public void disclosure(DocumentService.Disclosure lists) {
            DisclosureCommand.written(console, lists);
        }

        @Override
        public void noticesIssued(long checkRun, LocalDate deadline, NoticeIssuer.Result result) {
            NoticesCommand.printIssued(console, checkRun, deadline, result);
        }

        @Override
        public void documents(Path report, Path notices, Path disclosure) {
            console.println(Messages.get("demo.documents", report, notices, disclosure));
        }

        @Override
        public void rectified(RectificationDrill.Result result, Path ledgers) {
            console.println(Messages.get("demo.ledgers", result.ledgers().size(), ledgers, result.imported()));
            RectifyReconcileCommand.print(console, result.reconcile());
            StringBuilder states = new StringBuilder();
            result.perState().forEach((s, n) -> states.append(s.chinese()).append(' ').append(n).append("  "));
            console.println(Messages.get("demo.rectified", states.toString().strip()));
            console.println(Messages.get(result.exact() ? "demo.contradictionsExact" : "demo.contradictionsDiffer",
                    result.reconcile().contradicted().size(), result.planted().size()));
        }

        @Override
        public void bulletin(Path file) {
            console.println(Messages.get("demo.bulletin", file));
        }

        @Override
        public void recheck(SampleRun run, long counties, boolean verified) {
            if (run == null) {
                console.println(Messages.get("demo.recheckNone"));
                return;
            }
            console.println(Messages.get("demo.recheck", run.id(), run.sampleSize(), run.frameSize(), counties,
                    Messages.get(verified ? "demo.recheckVerified" : "demo.recheckUnverified")));
        }
    }
}
