package org.inspect.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.inspect.batch.JobResult;
import org.inspect.compare.Change;
import org.inspect.compare.CompareExport;
import org.inspect.compare.FeedbackForms;
import org.inspect.compare.CompareRun;
import org.inspect.compare.CompareRuns;
import org.inspect.compare.CompareStore;
import org.inspect.compare.CountyCoverage;
import org.inspect.compare.job.CompareParameters;
import org.inspect.config.ConfigFiles;
import org.inspect.error.BadInputException;
import org.inspect.error.ExitCodes;
import org.inspect.error.NotFoundException;
import org.inspect.export.SheetFormat;
import org.inspect.model.Counties;
import org.inspect.report.Campaign;
import org.inspect.report.Documents;
import org.inspect.report.FeedbackInput;
import org.inspect.report.Lang;
import org.inspect.store.Snapshots;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code inspect compare}: matches the registered-poor roll with the dibao and tekun rolls (clause 二（一）), month on
 * month against an earlier snapshot (clause 三（二）), stores the result as a compare run and exports its lists.
 */
@Command(name = "compare", resourceBundle = "org.inspect.cli.compare", mixinStandardHelpOptions = true)
public final class CompareCommand implements Callable<Integer> {

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
        try (Workspace ws = Workspace.open(global)) {
            if (listRuns) {
                listRuns(ws);
                return ExitCodes.OK;
            }
            CompareRun run = runId != null ? stored(ws, runId)
                    : run(ws, snapshot, asOf == null ? CheckCommand.referenceDate() : asOf, against);
            printSummary(ws, run);
            if (out != null) {
                export(ws, run, out, language, new CompareExport(new CompareStore(ws.database()), format,
                        Exports.headers(headers)));
            }
        }
        return ExitCodes.OK;
    }

    /** Runs the compare job on a snapshot (null: the newest), against the latest run of {@code againstLabel}. */
    static CompareRun run(Workspace ws, String label, LocalDate asOf, String againstLabel) {
        Snapshots snapshots = new Snapshots(ws.database());
        long snapshotId = snapshots.activeId(label);
        CompareRuns runs = new CompareRuns(ws.database());
        Long againstRun = null;
        if (againstLabel != null) {
            long earlier = snapshots.activeId(againstLabel);
            againstRun = runs.latestCompleted(earlier).orElseThrow(() -> new NotFoundException(
                    Messages.get("compare.noEarlierRun", againstLabel))).id();
        }
        long id = runs.create(snapshotId, snapshots.label(snapshotId), asOf, againstRun);
        JobResult r = ws.batch().run("compare", new CompareParameters(id, snapshotId, asOf, againstRun).toProperties());
        if (!r.completed()) {
            throw JobFailures.of(r);
        }
        return runs.get(id);
    }

    private static CompareRun stored(Workspace ws, long id) {
        CompareRun run = new CompareRuns(ws.database()).get(id);
        if (!run.completed()) {
            throw new BadInputException(Messages.get("compare.notCompleted", id, Messages.status(run.status())));
        }
        return run;
    }

    private static void listRuns(Workspace ws) {
        List<CompareRun> runs = new CompareRuns(ws.database()).list();
        if (runs.isEmpty()) {
            Console.println(Messages.get("compare.noRuns"));
        }
        for (CompareRun r : runs) {
            Console.println(Messages.get("compare.runLine", r.id(), r.snapshotLabel(), r.asOf(), Messages.status(r.status()),
                    r.againstRunId() == null ? "-" : r.againstRunId().toString(),
                    r.registered() == null ? "-" : r.registered().toString(),
                    r.covered() == null ? "-" : r.covered().toString()));
        }
    }

    /** Prints coverage by county, the size of every list and, month on month, the changes. */
    static void printSummary(Workspace ws, CompareRun run) {
        CompareStore store = new CompareStore(ws.database());
        String against = run.againstRunId() == null ? ""
                : Messages.get("compare.againstRun", run.againstRunId(),
                        new CompareRuns(ws.database()).get(run.againstRunId()).snapshotLabel());
        Console.println(Messages.get("compare.done", run.id(), run.snapshotLabel(), run.asOf(), against));
        List<String> header = new java.util.ArrayList<>(List.of(Messages.get("compare.county")));
        header.addAll(List.of(Messages.get("compare.columns").split("\\|")));
        TextTable table = new TextTable(header, 1, 2, 3, 4, 5);
        for (CountyCoverage c : store.coverage(run.id())) {
            table.row(List.of(Counties.name(c.countyCode()), c.registered(), c.covered(), percent(c.rate()),
                    c.uncoveredMatched(), c.unmatched()));
        }
        long registered = run.registered() == null ? 0 : run.registered();
        long covered = run.covered() == null ? 0 : run.covered();
        table.row(List.of(Messages.get("compare.total"), registered, covered,
                percent(registered == 0 ? 1.0 : (double) covered / registered), "", ""));
        table.print();
        long[] uncovered = new long[2];
        store.forEachUncovered(run.id(), m -> {
            uncovered[0]++;
            if (m.uncoveredWithoutConclusion()) {
                uncovered[1]++;
            }
        });
        long[] recipients = new long[1];
        store.forEachRecipient(run.id(), r -> recipients[0]++);
        Console.println(Messages.get("compare.lists", uncovered[0], uncovered[1], store.unmatched(run.id()).size(),
                store.splits(run.id()).size(), recipients[0]));
        if (run.againstRunId() != null) {
            List<Change> changes = store.changes(run.id());
            Object[] counts = new Object[Change.Kind.values().length];
            for (Change.Kind k : Change.Kind.values()) {
                counts[k.ordinal()] = changes.stream().filter(c -> c.kind() == k).count();
            }
            Console.println(Messages.get("compare.changes", counts));
        }
    }

    private static String percent(double rate) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", 100 * rate);
    }

    /** Writes the run's CSV lists (full data) and the per-county feedback forms (masked) into {@code dir}. */
    static void export(Workspace ws, CompareRun run, Path dir, Lang lang) {
        export(ws, run, dir, lang, new CompareExport(new CompareStore(ws.database())));
    }

    /** Writes the run's lists through {@code lists} and the per-county feedback forms into {@code dir}. */
    static void export(Workspace ws, CompareRun run, Path dir, Lang lang, CompareExport lists) {
        CompareStore store = new CompareStore(ws.database());
        List<Path> csv = lists.write(run, dir);
        String againstLabel = run.againstRunId() == null ? null
                : new CompareRuns(ws.database()).get(run.againstRunId()).snapshotLabel();
        FeedbackInput input = FeedbackForms.input(store, run, againstLabel, campaign(run, lang), lang);
        List<Path> pdf = Documents.configure(ConfigFiles.configDir(), templatesDir(lang)).feedback(input, lang,
                dir.resolve("feedback"));
        Console.println(Messages.get("compare.written", csv.size(), dir, pdf.size(), dir.resolve("feedback")));
    }

    /** The campaign in the document's language (not the terminal's). */
    private static Campaign campaign(CompareRun run, Lang lang) {
        LocalDate issued = run.completedAt() == null ? run.asOf() : run.completedAt().toLocalDate();
        boolean zh = lang == Lang.ZH;
        return new Campaign(zh ? "社会救助兜底保障“回头看”专项行动" : "Social-assistance look-back special action",
                CheckCommand.CAMPAIGN_START, LocalDate.of(2019, 6, 30),
                List.of(zh ? "泰安市民政局" : "Tai'an civil affairs bureau"), issued);
    }

    /**
     * The city's templates folder when it holds the feedback form; else the shipped templates, copied to a temporary
     * folder (the document machinery reads a folder).
     */
    static Path templatesDir(Lang lang) {
        Path local = ConfigFiles.templatesDir();
        if (Files.isRegularFile(local.resolve("feedback." + lang.code() + ".txt"))
                && Files.isRegularFile(local.resolve("common." + lang.code() + ".txt"))) {
            return local;
        }
        try {
            Path tmp = Files.createTempDirectory("inspect-templates");
            tmp.toFile().deleteOnExit();
            for (String name : new ArrayList<>(List.of("common", "feedback"))) {
                String file = name + "." + lang.code() + ".txt";
                try (InputStream in = ConfigFiles.openTemplate(file)) {
                    Files.copy(in, tmp.resolve(file), StandardCopyOption.REPLACE_EXISTING);
                }
                tmp.resolve(file).toFile().deleteOnExit();
            }
            return tmp;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the shipped templates: " + e.getMessage(), e);
        }
    }
}
