package org.inspect.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import org.inspect.check.CheckRun;
import org.inspect.check.FindingStore;
import org.inspect.compare.CompareRun;
import org.inspect.demo.AnswerKey;
import org.inspect.demo.DemoCity;
import org.inspect.demo.DemoOptions;
import org.inspect.demo.DemoSummary;
import org.inspect.error.ExitCodes;
import org.inspect.importing.job.ImportParameters;
import org.inspect.report.Lang;
import org.inspect.sampling.SampleRun;
import org.inspect.report.data.CampaignSettings;
import org.inspect.report.data.SampleRunReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code inspect demo}: generates a synthetic Tai'an with planted anomalies under {@code <data>/demo-input/},
 * imports it and runs the pipeline on it, saying how many planted anomalies the checks found.
 */
@Command(name = "demo", resourceBundle = "org.inspect.cli.messages", mixinStandardHelpOptions = true)
public final class DemoCommand implements Callable<Integer> {

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
        DemoSummary summary = DemoCity.write(input, key, options);
        Console.println(Messages.get("demo.generated", input, summary.rowsPerFile().getOrDefault("households.csv", 0L),
                summary.plantedFindings(), key));
        try (Workspace ws = Workspace.open(global)) {
            LocalDate asOf = summary.referenceDate();
            ImportCommand.run(ws, new ImportParameters(input, MONTH_ONE, false,
                    Path.of("reports", "rejects-" + MONTH_ONE + ".csv"), asOf));
            CheckRun run = CheckCommand.run(ws, MONTH_ONE, asOf, null);
            CheckCommand.printSummary(ws, run);
            reportAgainstKey(ws, run, key);
            sampleAndCheck(ws, asOf);
            compareMonthOnMonth(ws, demoDir, options, asOf);
            writeDocuments(ws, run, Path.of("reports"));
        }
        return ExitCodes.OK;
    }

    /**
     * Generates and imports month two (terminations, new registrations, fixes), compares month one, then month two
     * against it, and writes both runs' lists under {@code reports/compare-<month>/}.
     */
    static void compareMonthOnMonth(Workspace ws, Path demoDir, DemoOptions options, LocalDate monthOneAsOf) {
        CompareRun first = CompareCommand.run(ws, MONTH_ONE, monthOneAsOf, null);
        CompareCommand.printSummary(ws, first);
        CompareCommand.export(ws, first, Path.of("reports", "compare-" + MONTH_ONE), Lang.ZH);
        Path input = demoDir.resolve(MONTH_TWO);
        DemoSummary two = DemoCity.write(input, demoDir.resolve("planted-" + MONTH_TWO + ".csv"), options.withMonth(2));
        ImportCommand.run(ws, new ImportParameters(input, MONTH_TWO, false,
                Path.of("reports", "rejects-" + MONTH_TWO + ".csv"), two.referenceDate()));
        CompareRun second = CompareCommand.run(ws, MONTH_TWO, two.referenceDate(), MONTH_ONE);
        CompareCommand.printSummary(ws, second);
        CompareCommand.export(ws, second, Path.of("reports", "compare-" + MONTH_TWO), Lang.ZH);
    }

    /** Draws a sample with the default plan and a seed text, then checks the sampled cases only. */
    static void sampleAndCheck(Workspace ws, LocalDate asOf) {
        Console.println(Messages.get("demo.sampling", SAMPLE_SEED_TEXT));
        SampleRun sample = SampleCommand.run(ws, SampleCommand.loadPlan("default"), null, SAMPLE_SEED_TEXT,
                MONTH_ONE, 2);
        SampleCommand.printSummary(ws, sample);
        CheckRun check = CheckCommand.run(ws, MONTH_ONE, asOf, sample.id());
        long findings = new FindingStore(ws.database()).countsByCountyAndRule(check.id()).values().stream()
                .flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
        Console.println(Messages.get("demo.sampleCheck", check.cases(), check.households(), sample.id(), findings,
                check.id()));
    }

    /**
     * Writes the report of the demo's check run (with the newest sample of its snapshot, if one was drawn), the
     * rectification notices (deadline in 30 days) and the disclosure lists of the first month into {@code reports}.
     */
    static void writeDocuments(Workspace ws, CheckRun run, Path reports) {
        Long sample = new SampleRunReader(ws.database()).latest(run.snapshotId()).orElse(null);
        Path disclosure = reports.resolve("disclosure");
        // The disclosure lists share nothing with the report, so they are written on the second core meanwhile;
        // the notices come after the report, whose content must not depend on notices issued in between.
        java.util.concurrent.CompletableFuture<Void> lists = java.util.concurrent.CompletableFuture.runAsync(
                () -> DisclosureCommand.write(ws, MONTH_ONE, null, disclosure, Lang.ZH, false));
        Path report = ReportCommand.write(ws, run.id(), sample, reports, Lang.ZH, false);
        CampaignSettings settings = CampaignSettings.load();
        Path notices = reports.resolve("notices");
        NoticesCommand.issue(ws, run.id(), settings.campaign().issueDate().plusDays(NoticesCommand.DEFAULT_DAYS),
                settings, notices, Lang.ZH, false);
        try {
            lists.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        Console.println(Messages.get("demo.documents", report.toAbsolutePath(), notices, disclosure));
    }

    /** Says how many of the planted anomalies the check found, and how many findings were not planted. */
    static void reportAgainstKey(Workspace ws, CheckRun run, Path key) {
        Set<String> planted = AnswerKey.read(key);
        Set<String> found = new HashSet<>();
        new FindingStore(ws.database()).forEach(new FindingStore.Query(run.id(), null, null, true),
                sf -> found.add(AnswerKey.key(sf.finding())));
        long hit = planted.stream().filter(found::contains).count();
        long extra = found.stream().filter(k -> !planted.contains(k)).count();
        Console.println(Messages.get("demo.keyResult", hit, planted.size(), extra));
    }
}
