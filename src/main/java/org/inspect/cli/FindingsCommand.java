package org.inspect.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.inspect.check.CheckRun;
import org.inspect.check.FindingExport;
import org.inspect.check.FindingService;
import org.inspect.rectification.FindingListing;
import org.inspect.check.FindingStore;
import org.inspect.error.BadInputException;
import org.inspect.error.ExitCodes;
import org.inspect.export.HeaderLanguage;
import org.inspect.export.SheetFormat;
import org.inspect.export.SheetWriter;
import org.inspect.export.Sheets;
import org.inspect.model.Coded;
import org.inspect.model.Counties;
import org.inspect.model.Finding;
import org.inspect.model.Masking;
import org.inspect.model.Rule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code inspect findings}: lists a check run's findings as a table for people or as the CSV export. */
@Command(name = "findings", resourceBundle = "org.inspect.cli.messages", mixinStandardHelpOptions = true)
final class FindingsCommand implements Callable<Integer> {

    private final Console console;

    FindingsCommand(Console console) {
        this.console = console;
    }

    enum Format { table, csv, xlsx }

    @Mixin
    GlobalOptions global;

    @Option(names = "--run", paramLabel = "RUN", descriptionKey = "findings.run")
    Long run;

    @Option(names = "--rule", paramLabel = "RULE", descriptionKey = "findings.rule")
    String rule;

    @Option(names = "--county", paramLabel = "COUNTY", converter = CountyConverter.class,
            descriptionKey = "findings.county")
    String county;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", descriptionKey = "findings.format")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "findings.out")
    Path out;

    @Option(names = "--headers", paramLabel = "zh|en", descriptionKey = "findings.headers")
    String headers;

    @Option(names = "--full-data", descriptionKey = "findings.fullData")
    boolean fullData;

    @Option(names = "--include-dismissed", descriptionKey = "findings.includeDismissed")
    boolean includeDismissed;

    @Option(names = "--runs", descriptionKey = "findings.runs")
    boolean listRuns;

    @Override
    public Integer call() throws IOException {
        Rule r = null;
        if (rule != null) {
            r = Coded.parse(Rule.class, rule).orElseThrow(() -> new BadInputException(
                    Messages.get("findings.badRule", rule, Coded.spellings(Rule.class))));
        }
        String countyCode = county; // a code: CountyConverter takes a name too
        try (Workspace ws = Workspace.open(global)) {
            FindingService findings = new FindingService(ws.database());
            FindingListing listing = new FindingListing(ws.database());
            if (listRuns) {
                TextTable table = new TextTable(java.util.List.of(Messages.get("findings.runsHeader").split("\\|")),
                        0, 5, 6);
                for (CheckRun c : findings.runs()) {
                    table.row(java.util.List.of(c.id(), c.snapshotLabel(), c.asOf(),
                            Messages.status(c.scope()) + (c.sampleRunId() == null ? "" : " " + c.sampleRunId()),
                            Messages.status(c.status()), c.households() == null ? "-" : c.households(),
                            c.cases() == null ? "-" : c.cases()));
                }
                table.print(console);
                return ExitCodes.OK;
            }
            CheckRun checkRun = findings.runOrLatest(run);
            FindingStore.Query q = new FindingStore.Query(checkRun.id(), r, countyCode, includeDismissed);
            if (format != Format.table) {
                export(listing, q);
            } else {
                try (Writer w = open()) {
                    table(listing, q, checkRun, new PrintWriter(w));
                }
            }
        }
        if (out != null) {
            console.info(Messages.get("findings.written", out));
        }
        return ExitCodes.OK;
    }

    /** A file of full personal data carries {@code -full} in its name: findings.csv becomes findings-full.csv. */
    static Path fullDataName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String full = dot < 0 ? name + "-full" : name.substring(0, dot) + "-full" + name.substring(dot);
        return name.contains("-full") ? file : file.resolveSibling(full);
    }

    private void export(FindingListing findings, FindingStore.Query q) {
        HeaderLanguage lang = Exports.headers(headers);
        SheetFormat sheetFormat = format == Format.xlsx ? SheetFormat.XLSX : SheetFormat.CSV;
        if (sheetFormat == SheetFormat.XLSX && out == null) {
            throw new BadInputException(Messages.get("findings.xlsxNeedsOut"));
        }
        if (out != null && fullData) {
            out = fullDataName(out);
        }
        SheetWriter sheet = out == null ? Sheets.csv(new NonClosing(console.out()), FindingExport.header(lang), false)
                : Sheets.open(out, sheetFormat, FindingExport.header(lang), fullData);
        // the names each finding may mention, stored with it: its sentence is masked unless --full-data
        findings.export(q, sheet, fullData, Exports.words(lang));
    }

    private void table(FindingListing findings, FindingStore.Query q, CheckRun checkRun, PrintWriter pw) {
        long[] n = {0};
        findings.forEach(q, fullData, (sf, names, item) -> {
            Finding f = sf.finding();
            n[0]++;
            pw.printf("#%d  %s  %s%s  %s  %s%s%n", sf.id(), Counties.name(f.countyCode()),
                    Messages.word(f.rule()), f.criterion() == null ? "" : "（" + Messages.word(f.criterion()) + "）",
                    Messages.word(f.severity()), sf.verdict() == null ? "" : Messages.get("verdict." + sf.verdict()),
                    item == null ? "" : "  " + Messages.get("findings.item", item.id(), item.noticeNumber(),
                            Messages.word(item.state())));
            pw.printf("    %s %s  %s %s  %s %s%n", Messages.get("findings.household"), nz(f.householdId()),
                    Messages.get("findings.case"), nz(f.caseId()), Messages.get("findings.person"),
                    fullData ? nz(f.idNumber()) : Masking.idNumber(f.idNumber()));
            pw.printf("    %s（%s）%n", Messages.sentence(fullData ? f.detail() : Masking.text(f.detail(), names)),
                    Messages.get("findings.clause", f.clause()));
        });
        pw.println(Messages.get("findings.count", n[0], checkRun.id()));
        pw.flush();
    }

    private Writer open() throws IOException {
        if (out != null && fullData) {
            out = fullDataName(out);
        }
        if (out == null) {
            return new NonClosing(console.out());
        }
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        return Files.newBufferedWriter(out, StandardCharsets.UTF_8);
    }

    private static String nz(String s) {
        return s == null || s.isEmpty() ? "-" : s;
    }

    /** Keeps the console open when the writer over it is closed. */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
