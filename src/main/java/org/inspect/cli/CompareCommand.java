package org.inspect.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.inspect.compare.Change;
import org.inspect.compare.CompareRun;
import org.inspect.compare.CompareService;
import org.inspect.compare.CountyCoverage;
import org.inspect.error.BadInputException;
import org.inspect.error.ExitCodes;
import org.inspect.export.SheetFormat;
import org.inspect.model.Counties;
import org.inspect.report.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code inspect compare}: matches the registered-poor roll with the dibao and tekun rolls (clause 二（一）), month on
 * month against an earlier snapshot (clause 三（二）), stores the result as a compare run and exports its lists.
 */
@Command(name = "compare", resourceBundle = "org.inspect.cli.compare", mixinStandardHelpOptions = true)
final class CompareCommand implements Callable<Integer> {

    private final Console console;

    CompareCommand(Console console) {
        this.console = console;
    }

    @Mixin
    GlobalOptions global;

    @Option(names = "--snapshot", paramLabel = "LABEL", descriptionKey = "compare.snapshot")
    String snapshot;

    @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "compare.asOf")
    LocalDate asOf;

    @Option(names = "--against", paramLabel = "LABEL", descriptionKey = "compare.against")
    String against;

    @Option(names = "--run", paramLabel = "RUN", descriptionKey = "compare.run")
    Long runId;

    @Option(names = "--runs", descriptionKey = "compare.runs")
    boolean listRuns;

    @Option(names = "--out", paramLabel = "DIR", descriptionKey = "compare.out")
    Path out;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", descriptionKey = "compare.lang")
    String lang;

    @Option(names = "--format", defaultValue = "csv", paramLabel = "csv|xlsx", descriptionKey = "compare.format")
    SheetFormat format;

    @Option(names = "--headers", paramLabel = "zh|en", descriptionKey = "compare.headers")
    String headers;

    @Override
    public Integer call() {
        Lang language = Lang.parse(lang);
        if (runId != null && (snapshot != null || against != null || asOf != null)) {
            throw new BadInputException(Messages.get("compare.runExclusive"));
        }
        try (Workspace ws = Workspace.open(global, console.progress())) {
            CompareService compares = new CompareService(ws.database(), ws.batch(), ws.settings());
            if (listRuns) {
                listRuns(compares.runs());
                return ExitCodes.OK;
            }
            CompareRun run = runId != null ? stored(compares, runId) : compares.compare(snapshot,
                    asOf == null ? CheckCommand.referenceDate(ws.settings()) : asOf, against);
            printSummary(console, compares.summary(run));
            if (out != null) {
                printExported(console, compares.export(run, out, language, format, Exports.headers(headers)), out);
            }
        }
        return ExitCodes.OK;
    }

    private static CompareRun stored(CompareService compares, long id) {
        CompareRun run = compares.run(id);
        if (!run.completed()) {
            throw new BadInputException(Messages.get("compare.notCompleted", id, Messages.status(run.status())));
        }
        return run;
    }

    private void listRuns(List<CompareRun> runs) {
        if (runs.isEmpty()) {
            console.println(Messages.get("compare.noRuns"));
        }
        for (CompareRun r : runs) {
            console.println(Messages.get("compare.runLine", r.id(), r.snapshotLabel(), r.asOf(), Messages.status(r.status()),
                    r.againstRunId() == null ? "-" : r.againstRunId().toString(),
                    r.registered() == null ? "-" : r.registered().toString(),
                    r.covered() == null ? "-" : r.covered().toString()));
        }
    }

    /** Prints coverage by county, the size of every list and, month on month, the changes. */
    static void printSummary(Console console, CompareService.Summary summary) {
        CompareRun run = summary.run();
        String against = run.againstRunId() == null ? ""
                : Messages.get("compare.againstRun", run.againstRunId(), summary.againstLabel());
        console.println(Messages.get("compare.done", run.id(), run.snapshotLabel(), run.asOf(), against));
        List<String> header = new java.util.ArrayList<>(List.of(Messages.get("compare.county")));
        header.addAll(List.of(Messages.get("compare.columns").split("\\|")));
        TextTable table = new TextTable(header, 1, 2, 3, 4, 5);
        for (CountyCoverage c : summary.coverage()) {
            table.row(List.of(Counties.name(c.countyCode()), c.registered(), c.covered(), percent(c.rate()),
                    c.uncoveredMatched(), c.unmatched()));
        }
        long registered = run.registered() == null ? 0 : run.registered();
        long covered = run.covered() == null ? 0 : run.covered();
        table.row(List.of(Messages.get("compare.total"), registered, covered,
                percent(registered == 0 ? 1.0 : (double) covered / registered), "", ""));
        table.print(console);
        console.println(Messages.get("compare.lists", summary.uncovered(), summary.uncoveredWithoutConclusion(),
                summary.unmatched(), summary.splits(), summary.recipients()));
        if (summary.changes() != null) {
            Object[] counts = new Object[Change.Kind.values().length];
            for (Change.Kind k : Change.Kind.values()) {
                counts[k.ordinal()] = summary.changes().get(k);
            }
            console.println(Messages.get("compare.changes", counts));
        }
    }

    /** Says how many lists and feedback forms an export wrote into {@code dir}. */
    static void printExported(Console console, CompareService.Exported exported, Path dir) {
        console.println(Messages.get("compare.written", exported.lists().size(), dir, exported.feedback().size(),
                dir.resolve("feedback")));
    }

    private static String percent(double rate) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", 100 * rate);
    }
}
