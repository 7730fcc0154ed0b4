package org.inspect.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.inspect.check.CheckRun;
import org.inspect.check.CheckService;
import org.inspect.compare.CompareRun;
import org.inspect.compare.CompareService;
import org.inspect.demo.AnswerKey;
import org.inspect.demo.DemoCity;
import org.inspect.demo.DemoOptions;
import org.inspect.demo.DemoSummary;
import org.inspect.error.ExitCodes;
import org.inspect.importing.ImportService;
import org.inspect.importing.job.ImportParameters;
import org.inspect.rectification.Reconciler;
import org.inspect.report.DocumentService;
import org.inspect.report.Lang;
import org.inspect.report.data.CampaignSettings;
import org.inspect.sampling.SampleRun;
import org.inspect.sampling.SampleService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code inspect demo}: generates a synthetic Tai'an with planted anomalies under {@code <data>/demo-input/},
 * imports it and runs the pipeline on it, saying how many planted anomalies the checks found.
 */
@Command(name = "demo", resourceBundle = "org.inspect.cli.messages", mixinStandardHelpOptions = true)
public final class DemoCommand implements Callable<Integer> {

    private final Console console;

    DemoCommand(Console console) {
        this.console = console;
    }

    /** The seed text of the demo's sample: a date and a (made-up) lottery draw announced after the plan. */
    static final String SAMPLE_SEED_TEXT = "2019-03-01 福彩3D 第2019056期 开奖号 407";

    /** The demo's first monthly snapshot. */
    static final String MONTH_ONE = "2019-03";

    /** The demo's second monthly snapshot, compared month on month with the first (clause 三（二）). */
    static final String MONTH_TWO = "2019-04";

    @Mixin
    GlobalOptions global;

    @Option(names = "--households", defaultValue = "20000", paramLabel = "N", descriptionKey = "demo.households")
    int households;

    @Option(names = "--seed", defaultValue = "2019", paramLabel = "S", descriptionKey = "demo.seed")
    long seed;

    @Override
    public Integer call() {
        DemoOptions options = DemoOptions.defaults().withHouseholds(households).withSeed(seed);
        Path demoDir = global.dataDir().resolve("demo-input");
        Path input = demoDir.resolve(MONTH_ONE);
        Path key = demoDir.resolve("planted-" + MONTH_ONE + ".csv");
        Stages stages = new Stages(console, global.verbose());
        // Work that needs nothing of what runs meanwhile goes to two side threads, so that single-threaded stages
        // (generating a month, opening the database) and the two CPU-bound branches of the end fill each other's
        // idle time: the database opens while month one is generated, month two is generated while month one is
        // imported, and month one's documents are written while month two is imported and compared.
        ExecutorService side = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "demo-side");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<Workspace> opening = side.submit(() -> stages.time("open the database",
                    () -> Workspace.create(global, console.progress())));
            DemoSummary summary;
            try {
                summary = stages.time("generate " + MONTH_ONE, () -> DemoCity.write(input, key, options));
            } catch (RuntimeException e) {
                closeWhenOpen(opening);
                throw e;
            }
            console.println(Messages.get("demo.generated", input,
                    summary.rowsPerFile().getOrDefault("households.csv", 0L), summary.plantedFindings(), key));
            Path inputTwo = demoDir.resolve(MONTH_TWO);
            Future<DemoSummary> monthTwo = side.submit(() -> stages.time("generate " + MONTH_TWO,
                    () -> DemoCity.write(inputTwo, demoDir.resolve("planted-" + MONTH_TWO + ".csv"),
                            options.withMonth(2))));
            try (Workspace ws = join(opening)) {
                try {
                    pipeline(ws, side, stages, summary.referenceDate(), key, input, inputTwo, monthTwo);
                } finally {
                    // After a failure, side work may still be using the database: stop it before it closes.
                    stop(side);
                }
            }
        } finally {
            side.shutdownNow();
        }
        return ExitCodes.OK;
    }

    /**
     * Month one imported, checked, sampled and its documents written (on the side threads, lines held), month two
     * imported and compared: everything the demo does with the database, each step a call of a feature's service.
     */
    private void pipeline(Workspace ws, ExecutorService side, Stages stages, LocalDate asOf, Path key,
            Path input, Path inputTwo, Future<DemoSummary> monthTwo) {
        ImportService imports = new ImportService(ws.database(), ws.batch());
        CheckService checks = new CheckService(ws.database(), ws.batch());
        // the month's documents are dated on the campaign's day the notices are issued, never the computer's
        DocumentService documents = new DocumentService(ws.database(), Contexts.on(issueDate(asOf), null));
        stages.time("import " + MONTH_ONE, () -> importMonth(imports, new ImportParameters(input, MONTH_ONE, false,
                Path.of("reports", "rejects-" + MONTH_ONE + ".csv"), asOf)));
        // The disclosure lists need the snapshot only, the report and notices the checks and the sample.
        // Their lines are held and printed after the comparison's.
        Path reports = Path.of("reports");
        Future<Console.Held> lists = side.submit(() -> console.holding(() -> stages.time("disclosure lists",
                () -> DisclosureCommand.written(console, documents.disclosure(MONTH_ONE, null,
                        reports.resolve("disclosure"), Lang.ZH, false)))));
        CheckRun run = stages.time("check --all", () -> checks.check(MONTH_ONE, asOf, null));
        CheckCommand.printSummary(console, checks, run);
        reportAgainstKey(checks, run, key);
        stages.time("sample and check --sample", () -> sampleAndCheck(ws, checks, asOf));
        Future<Console.Held> written = side.submit(() -> console.holding(() -> stages.time("report and notices",
                () -> writeReportAndNotices(ws, documents, run, reports))));
        stages.time("compare month on month", () -> compareMonthOnMonth(ws, imports, inputTwo, monthTwo, asOf,
                stages));
        join(lists).print();
        join(written).print();
        LocalDate monthTwoAsOf = join(monthTwo).referenceDate();
        stages.time("rectification", () -> rectify(ws, documents, reports,
                key.resolveSibling("planted-" + MONTH_TWO + ".csv"), issueDate(asOf), monthTwoAsOf));
    }

    /** Imports a month of the demo city (replacing an earlier demo's snapshot of the label). */
    private void importMonth(ImportService imports, ImportParameters params) {
        ImportService.Plan plan = imports.prepare(params, true);
        ImportCommand.printPlan(console, plan);
        ImportCommand.printOutcome(console, imports.load(plan));
    }

    /** The day the demo's notices are dated: a fortnight after month one's reference day (2019-03-15). */
    static LocalDate issueDate(LocalDate asOf) {
        return asOf.plusDays(14);
    }

    /**
     * The rectification round after the notices: ledgers written, filled as counties would and imported,
     * reconciled with month two (closing the responses the rolls confirm), the team's decisions; says how many
     * items are in each state and whether the reconcile found exactly the planted contradictions.
     */
    private void rectify(Workspace ws, DocumentService documents, Path reports, Path monthTwoKey, LocalDate issued,
            LocalDate monthTwoAsOf) {
        var service = RectifyCommand.service(ws, null, issued);
        var result = new org.inspect.demo.RectificationDrill(service).run(reports.resolve("ledgers"),
                AnswerKey.read(monthTwoKey), issued, monthTwoAsOf, clocked -> new Reconciler(ws.database(),
                        clocked).reconcile(MONTH_TWO, monthTwoAsOf, false));
        console.println(Messages.get("demo.ledgers", result.ledgers().size(), reports.resolve("ledgers"),
                result.imported()));
        RectifyReconcileCommand.print(console, result.reconcile());
        StringBuilder states = new StringBuilder();
        result.perState().forEach((s, n) -> states.append(s.chinese()).append(' ').append(n).append("  "));
        console.println(Messages.get("demo.rectified", states.toString().strip()));
        console.println(Messages.get(result.exact() ? "demo.contradictionsExact" : "demo.contradictionsDiffer",
                result.reconcile().contradicted().size(), result.planted().size()));
        // the bulletin a fortnight after the deadline, when what was not answered is overdue
        LocalDate bulletinDay = issued.plusDays(NoticesCommand.DEFAULT_DAYS + 16);
        Path bulletin = new DocumentService(ws.database(), Contexts.on(bulletinDay, null)).bulletin(bulletinDay,
                reports);
        console.println(Messages.get("demo.bulletin", bulletin));
        recheck(ws);
    }

    /** The seed of the demo's re-inspection sample: a draw announced after the items were closed. */
    static final String RECHECK_SEED = "2019-05-06 福彩3D 第2019118期 开奖号 215";

    /**
     * The re-inspection sample (复查抽样) of the closed items, by the shipped plan {@code recheck}, drawn and
     * verified like a case sample; says how many of how many closed items, in how many counties.
     */
    private void recheck(Workspace ws) {
        SampleService samples = new SampleService(ws.database(), ws.batch());
        var plan = samples.recheckPlan(null, null);
        if (new org.inspect.rectification.RectificationStore(ws.database()).closedThrough(
                plan.frame().itemsThrough()).isEmpty()) {
            console.println(Messages.get("demo.recheckNone"));
            return;
        }
        var run = samples.draw(plan, null, RECHECK_SEED, null, 2);
        boolean verified = samples.differences(run.id()).isEmpty();
        long counties = samples.manifest(run.id()).strata().stream().filter(st -> st.sampleSize() > 0).count();
        console.println(Messages.get("demo.recheck", run.id(), run.sampleSize(), run.frameSize(), counties,
                Messages.get(verified ? "demo.recheckVerified" : "demo.recheckUnverified")));
    }

    private static void stop(ExecutorService side) {
        side.shutdownNow();
        try {
            side.awaitTermination(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeWhenOpen(Future<Workspace> opening) {
        try {
            join(opening).close();
        } catch (RuntimeException ignored) {
            // the database did not open either; the first failure is the one to report
        }
    }

    /**
     * Compares month one, imports month two (terminations, new registrations, fixes; generated meanwhile),
     * compares it against month one and writes month two's lists under {@code reports/compare-<month>/}. Month
     * one's lists are not written: month two's supersede them, and {@code compare --run 1 --out DIR} prints them.
     */
    private void compareMonthOnMonth(Workspace ws, ImportService imports, Path input,
            Future<DemoSummary> generating, LocalDate monthOneAsOf, Stages stages) {
        CompareService compares = new CompareService(ws.database(), ws.batch());
        CompareRun first = stages.time("compare " + MONTH_ONE,
                () -> compares.compare(MONTH_ONE, monthOneAsOf, null));
        CompareCommand.printSummary(console, compares.summary(first));
        DemoSummary two = join(generating);
        stages.time("import " + MONTH_TWO, () -> importMonth(imports, new ImportParameters(input, MONTH_TWO, false,
                Path.of("reports", "rejects-" + MONTH_TWO + ".csv"), two.referenceDate())));
        CompareRun second = stages.time("compare " + MONTH_TWO,
                () -> compares.compare(MONTH_TWO, two.referenceDate(), MONTH_ONE));
        CompareCommand.printSummary(console, compares.summary(second));
        stages.time("drive " + MONTH_TWO, () -> monthTwoDrive(ws, two.referenceDate(),
                DemoCity.driveKey(input.resolveSibling("planted-" + MONTH_TWO + ".csv"))));
        Path dir = Path.of("reports", "compare-" + MONTH_TWO);
        stages.time("export compare " + MONTH_TWO,
                () -> CompareCommand.printExported(console, compares.export(second, dir, Lang.ZH), dir));
    }

    /**
     * Month two is as of 1 April, after March: rule NO_TEMPORARY_DRIVE can be judged. Its counties without a drive
     * (one query of the temporary cases, not a second check of every household) against the planted ones.
     */
    private void monthTwoDrive(Workspace ws, LocalDate asOf, Path driveKey) {
        long snapshot = new org.inspect.store.Snapshots(ws.database()).activeId(MONTH_TWO);
        java.util.Map<String, org.inspect.model.Finding> judged = new org.inspect.check.DriveCheck(ws.database(),
                org.inspect.check.CampaignPeriod.load()).judge(snapshot,
                        new org.inspect.store.RollReader(ws.database(), snapshot).counties(), asOf);
        java.util.TreeSet<String> without = new java.util.TreeSet<>();
        judged.forEach((county, f) -> {
            if (f != null) {
                without.add(county);
            }
        });
        java.util.TreeSet<String> planted = new java.util.TreeSet<>();
        try {
            java.util.List<String> lines = java.nio.file.Files.readAllLines(driveKey);
            lines.subList(Math.min(1, lines.size()), lines.size()).stream().map(String::strip)
                    .filter(l -> !l.isEmpty()).forEach(planted::add);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + driveKey, e);
        }
        String names = without.isEmpty() ? Messages.get("demo.driveNone") : String.join("、",
                without.stream().map(org.inspect.model.Counties::name).toList());
        console.println(Messages.get("demo.drive", MONTH_TWO, asOf, without.size(), names, planted.size(),
                Messages.get(planted.equals(without) ? "demo.driveAgree" : "demo.driveDiffer")));
    }

    private static <T> T join(Future<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a stage of the demo", e);
        }
    }

    /** With {@code -v}, says on stderr how long each stage of the demo took. */
    static final class Stages {
        private final Console console;
        private final boolean verbose;

        Stages(Console console, boolean verbose) {
            this.console = console;
            this.verbose = verbose;
        }

        <T> T time(String stage, java.util.function.Supplier<T> work) {
            long start = System.nanoTime();
            long cpu = cpuNanos();
            T result = work.get();
            if (verbose) {
                console.info(String.format(java.util.Locale.ROOT, "[demo] %-28s %6.1f s (cpu %.1f s)", stage,
                        (System.nanoTime() - start) / 1e9, (cpuNanos() - cpu) / 1e9));
            }
            return result;
        }

        private static long cpuNanos() {
            return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
        }

        void time(String stage, Runnable work) {
            time(stage, () -> {
                work.run();
                return null;
            });
        }
    }

    /** Draws a sample with the default plan and a seed text, then checks the sampled cases only. */
    private void sampleAndCheck(Workspace ws, CheckService checks, LocalDate asOf) {
        console.println(Messages.get("demo.sampling", SAMPLE_SEED_TEXT));
        SampleService samples = new SampleService(ws.database(), ws.batch());
        SampleRun sample = samples.draw(SampleService.plan("default"), null, SAMPLE_SEED_TEXT, MONTH_ONE, 2);
        SampleCommand.printSummary(console, samples, sample);
        CheckRun check = checks.check(MONTH_ONE, asOf, sample.id());
        console.println(Messages.get("demo.sampleCheck", check.cases(), check.households(), sample.id(),
                checks.findingCount(check.id()), check.id()));
    }

    /**
     * Writes the report of the demo's check run (with the newest sample of its snapshot, if one was drawn) and the
     * rectification notices (deadline in 30 days) into {@code reports}; the disclosure lists are written apart.
     */
    private void writeReportAndNotices(Workspace ws, DocumentService documents, CheckRun run, Path reports) {
        Long sample = documents.latestSample(run.snapshotId()).orElse(null);
        // The notices come after the report, whose content must not depend on notices issued in between.
        CampaignSettings settings = CampaignSettings.on(issueDate(run.asOf()));
        DocumentService.Report report = documents.report(run.id(), sample, reports, Lang.ZH, false, false, settings,
                ReportCommand::unverifiedCover);
        Path notices = reports.resolve("notices");
        LocalDate deadline = settings.campaign().issueDate().plusDays(NoticesCommand.DEFAULT_DAYS);
        NoticesCommand.printIssued(console, run.id(), deadline, documents.notices(run.id(), deadline, settings,
                notices, Lang.ZH, false));
        console.println(Messages.get("demo.documents", report.file().toAbsolutePath(), notices,
                reports.resolve("disclosure")));
    }

    /** Says how many of the planted anomalies the check found, and how many findings were not planted. */
    private void reportAgainstKey(CheckService checks, CheckRun run, Path key) {
        Set<String> planted = AnswerKey.read(key);
        Set<String> found = new HashSet<>();
        checks.forEachFinding(run.id(), sf -> found.add(AnswerKey.key(sf.finding())));
        long hit = planted.stream().filter(found::contains).count();
        long extra = found.stream().filter(k -> !planted.contains(k)).count();
        console.println(Messages.get("demo.keyResult", hit, planted.size(), extra));
    }
}
