package org.inspect.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import org.inspect.check.CheckRun;
import org.inspect.check.FindingStore;
import org.inspect.demo.AnswerKey;
import org.inspect.demo.DemoCity;
import org.inspect.demo.DemoOptions;
import org.inspect.demo.DemoSummary;
import org.inspect.error.ExitCodes;
import org.inspect.importing.job.ImportParameters;
import org.inspect.report.Lang;
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

    /** The demo's first monthly snapshot. */
    static final String MONTH_ONE = "2019-03";

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
            writeDocuments(ws, run, Path.of("reports"));
        }
        return ExitCodes.OK;
    }

    /**
     * Writes the report of the demo's check run (with the newest sample of its snapshot, if one was drawn), the
     * rectification notices (deadline in 30 days) and the disclosure lists of the first month into {@code reports}.
     */
    static void writeDocuments(Workspace ws, CheckRun run, Path reports) {
        Long sample = new SampleRunReader(ws.database()).latest(run.snapshotId()).orElse(null);
        Path report = ReportCommand.write(ws, run.id(), sample, reports, Lang.ZH, false);
        CampaignSettings settings = CampaignSettings.load();
        Path notices = reports.resolve("notices");
        NoticesCommand.issue(ws, run.id(), settings.campaign().issueDate().plusDays(NoticesCommand.DEFAULT_DAYS),
                settings, notices, Lang.ZH, false);
        Path disclosure = reports.resolve("disclosure");
        DisclosureCommand.write(ws, MONTH_ONE, null, disclosure, Lang.ZH, false);
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
