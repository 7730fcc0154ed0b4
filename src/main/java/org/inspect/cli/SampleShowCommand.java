package org.inspect.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.inspect.config.ConfigFiles;
import org.inspect.error.ExitCodes;
import org.inspect.export.Column;
import org.inspect.export.HeaderLanguage;
import org.inspect.export.SheetFormat;
import org.inspect.export.SheetWriter;
import org.inspect.export.Sheets;
import org.inspect.model.Counties;
import org.inspect.model.Inspector;
import org.inspect.model.Masking;
import org.inspect.report.ChecklistInput;
import org.inspect.report.Documents;
import org.inspect.report.Lang;
import org.inspect.sampling.Manifest;
import org.inspect.sampling.SampleRun;
import org.inspect.sampling.SampleRuns;
import org.inspect.sampling.SampledCase;
import org.inspect.store.RollReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code inspect sample show [RUN] [--export DIR]}: lists the sample runs, or shows one with its strata and the
 * load of each inspector, and exports its manifest (JSON), sample (CSV) and field checklists (PDF, one per
 * inspector). Identity numbers and names are masked in everything written.
 */
@Command(name = "show", resourceBundle = "org.inspect.cli.sampling", mixinStandardHelpOptions = true)
public final class SampleShowCommand implements Callable<Integer> {

    static final String MANIFEST_FILE = "manifest.json";
    static final String SAMPLE_BASE = "sample";
    static final String SAMPLE_FILE = SAMPLE_BASE + ".csv";

    @Mixin
    GlobalOptions global;

    @Parameters(index = "0", arity = "0..1", paramLabel = "RUN", descriptionKey = "show.run")
    Long runId;

    @Option(names = "--export", paramLabel = "DIR", descriptionKey = "show.export")
    Path export;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "LANG", descriptionKey = "show.lang")
    String lang;

    @Option(names = "--format", defaultValue = "csv", paramLabel = "csv|xlsx", descriptionKey = "show.format")
    SheetFormat format;

    @Option(names = "--headers", paramLabel = "zh|en", descriptionKey = "show.headers")
    String headers;

    @Override
    public Integer call() {
        Lang l = Lang.parse(lang);
        try (Workspace ws = Workspace.open(global)) {
            SampleRuns runs = new SampleRuns(ws.database());
            if (runId == null) {
                list(runs.list());
                return ExitCodes.OK;
            }
            SampleRun run = runs.completed(runId);
            Manifest m = runs.manifest(runId);
            Console.println(Messages.get("show.header", run.id(), Messages.status(run.status()), run.snapshotLabel(), run.planName(),
                    Long.toString(run.seed()), SampleCommand.seedFrom(run.seedText()), run.teamSize(),
                    m.toolkitVersion(), m.createdAt() == null ? "-" : java.time.LocalDateTime.ofInstant(m.createdAt(),
                    ZoneId.systemDefault()).withNano(0).toString().replace('T', ' ')));
            SampleCommand.printStrata(m);
            long detailSnapshot = detailSnapshot(ws, run);
            Map<String, Inspector> pool = new RollReader(ws.database(), detailSnapshot).inspectors().stream()
                    .collect(Collectors.toMap(Inspector::inspectorId, Function.identity(), (a, b) -> a));
            printLoads(m, pool);
            if (export != null) {
                List<SampledCase> cases = runs.cases(run.id(), detailSnapshot);
                Map<String, ChecklistInput.HomeVisit> visits = run.plan().frame().ofHouseholds()
                        ? homeVisits(ws, detailSnapshot, cases) : Map.of();
                Map<String, ChecklistInput.DeskCheck> desk = new org.inspect.report.data.DeskFindings(ws.database())
                        .of(run.id(), detailSnapshot, cases.stream().map(SampledCase::householdId)
                                .collect(Collectors.toSet()));
                for (Path p : export(export, run, m, cases, pool, l, format, Exports.headers(headers), visits,
                        desk)) {
                    Console.println(Messages.get("show.written", p));
                }
            }
        }
        return ExitCodes.OK;
    }

    private static void list(List<SampleRun> runs) {
        if (runs.isEmpty()) {
            Console.println(Messages.get("show.none"));
        }
        for (SampleRun r : runs) {
            if (SampleRun.FAILED.equals(r.status())) {
                Console.println(Messages.get("show.failed", r.id(), r.snapshotLabel(), r.planName(), r.error()));
            } else {
                Console.println(Messages.get("show.list", r.id(), Messages.status(r.status()), r.snapshotLabel(), r.planName(),
                        r.sampleSize() == null ? "-" : r.sampleSize().toString(),
                        r.frameSize() == null ? "-" : r.frameSize().toString(), r.createdAt().withNano(0).toString().replace('T', ' ')));
            }
        }
    }

    /**
     * The snapshot version the run was drawn from: kept while the run refers to it, so a re-import of the label
     * changes nothing the run prints.
     */
    static long detailSnapshot(Workspace ws, SampleRun run) {
        return run.snapshotId();
    }

    private static void printLoads(Manifest m, Map<String, Inspector> pool) {
        Map<String, Integer> load = new TreeMap<>();
        m.assignments().forEach(a -> a.inspectorIds().forEach(i -> load.merge(i, 1, Integer::sum)));
        Console.println(Messages.get("show.loadHead"));
        load.forEach((id, n) -> {
            Inspector i = pool.get(id);
            Console.println(Messages.get("show.load", id, i == null ? "" : Masking.name(i.name()),
                    i == null ? "" : i.unit(), i == null ? "" : i.countyCode(), n));
        });
    }

    /** Writes the manifest, the sample CSV and the checklists into {@code dir}; returns the files written. */
    static List<Path> export(Path dir, SampleRun run, Manifest m, List<SampledCase> cases,
            Map<String, Inspector> pool, Lang lang, SheetFormat format, HeaderLanguage headers) {
        return export(dir, run, m, cases, pool, lang, format, headers, Map.of());
    }

    /** The home-visit facts of the sampled households of a household sample, from the rolls of {@code snapshot}. */
    static Map<String, ChecklistInput.HomeVisit> homeVisits(Workspace ws, long snapshot, List<SampledCase> cases) {
        java.util.Set<String> ids = cases.stream().map(SampledCase::householdId).collect(Collectors.toSet());
        Map<String, ChecklistInput.HomeVisit> out = new java.util.HashMap<>();
        new org.inspect.focus.FocusGroups(ws.database()).of(snapshot, ids, org.inspect.check.CampaignPeriod.load().start())
                .forEach((id, h) -> out.put(id, new ChecklistInput.HomeVisit(
                        h.groupList().stream().map(org.inspect.focus.FocusGroup::chinese)
                                .collect(Collectors.joining("、")),
                        h.residents().stream().map(r -> new ChecklistInput.Resident(r.name(), r.idNumber(), r.what()))
                                .toList(),
                        org.inspect.focus.FocusExport.row(h, true).get(9), org.inspect.focus.FocusExport.row(h, true).get(10),
                        org.inspect.focus.FocusExport.row(h, true).get(11), org.inspect.focus.FocusExport.row(h, false).get(12),
                        h.incomeItems(), h.assets(), String.join("、", h.poorHouseholdIds()))));
        return out;
    }

    /** As above, with the home-visit facts of a household sample's households (empty for a case sample). */
    static List<Path> export(Path dir, SampleRun run, Manifest m, List<SampledCase> cases,
            Map<String, Inspector> pool, Lang lang, SheetFormat format, HeaderLanguage headers,
            Map<String, ChecklistInput.HomeVisit> visits) {
        return export(dir, run, m, cases, pool, lang, format, headers, visits, Map.of());
    }

    /** As above, with what the desk check found about each household (household id → findings; empty: no check). */
    static List<Path> export(Path dir, SampleRun run, Manifest m, List<SampledCase> cases,
            Map<String, Inspector> pool, Lang lang, SheetFormat format, HeaderLanguage headers,
            Map<String, ChecklistInput.HomeVisit> visits, Map<String, ChecklistInput.DeskCheck> desk) {
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            Path manifest = dir.resolve(MANIFEST_FILE);
            Files.writeString(manifest, m.toJson(), StandardCharsets.UTF_8);
            files.add(manifest);
            Path sample = dir.resolve(format.fileName(SAMPLE_BASE));
            writeSheet(sample, format, headers, cases);
            files.add(sample);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write into " + dir, e);
        }
        Documents documents = Documents.configure(ConfigFiles.configDir(), templatesDir(lang));
        files.addAll(documents.checklists(checklists(run, cases, pool, visits, desk), lang, dir));
        return files;
    }

    /** The columns of the sample list. */
    static final List<Column> SAMPLE_COLUMNS = List.of(new Column("case_id", "案件编号"),
            new Column("household_id", "家庭编号"), new Column("county_code", "县（市、区）代码"),
            new Column("county", "县（市、区）"), new Column("township", "乡镇（街道）"), new Column("village", "村（社区）"),
            new Column("address", "地址"), new Column("head_name", "户主姓名"), new Column("head_id_number", "户主身份证号"),
            new Column("program", "救助类型"), new Column("decision", "决定"), new Column("decision_date", "决定日期"),
            new Column("stratum", "抽样层"), new Column("inspector_ids", "核查人员编号"));

    private static void writeSheet(Path file, SheetFormat format, HeaderLanguage headers, List<SampledCase> cases) {
        try (SheetWriter sheet = Sheets.open(file, format, Sheets.header(SAMPLE_COLUMNS, headers))) {
            for (SampledCase c : cases) {
                sheet.row(c.caseId(), c.householdId(), c.countyCode(), Counties.name(c.countyCode()),
                        c.township(), c.village(), c.address(), Masking.name(c.headName()),
                        Masking.idNumber(c.headIdNumber()), c.program(), c.decision(), c.decisionDate(),
                        c.stratumKey(), String.join(";", c.inspectorIds()));
            }
        }
    }

    private static ChecklistInput checklists(SampleRun run, List<SampledCase> cases, Map<String, Inspector> pool,
            Map<String, ChecklistInput.HomeVisit> visits, Map<String, ChecklistInput.DeskCheck> desk) {
        Map<String, List<ChecklistInput.Item>> byInspector = new TreeMap<>();
        for (SampledCase c : cases) {
            for (String id : c.inspectorIds()) {
                List<String> team = c.inspectorIds().stream().map(i -> nameOf(pool, i)).toList();
                byInspector.computeIfAbsent(id, k -> new ArrayList<>()).add(new ChecklistInput.Item(c.caseId(),
                        c.householdId(), c.countyCode(), c.township(), c.village(), c.address(), c.headName(),
                        c.headIdNumber(), c.members(), c.program(), c.decision(), c.decisionDate(),
                        c.monthlyBenefitYuan(), team, visits.get(c.householdId()), desk.get(c.householdId())));
            }
        }
        List<ChecklistInput.Sheet> sheets = new ArrayList<>();
        byInspector.forEach((id, items) -> {
            Inspector i = pool.get(id);
            sheets.add(new ChecklistInput.Sheet(id, i == null ? id : i.name(), i == null ? "" : i.unit(), items));
        });
        return new ChecklistInput(null, run.id(), run.planName(), run.seedText(),
                LocalDate.now(ZoneId.systemDefault()), sheets, false);
    }

    /** An inspector's name with id, as printed in a team: inspectors' names are not masked on their own sheets. */
    private static String nameOf(Map<String, Inspector> pool, String id) {
        Inspector i = pool.get(id);
        return i == null ? id : i.name() + "（" + id + "）";
    }

    /**
     * The city's templates folder when it holds the checklist wording, else the templates shipped in the jar,
     * copied to a temporary folder (the document machinery reads templates from a folder).
     */
    static Path templatesDir(Lang lang) {
        Path local = ConfigFiles.templatesDir();
        List<String> needed = List.of("checklist." + lang.code() + ".txt", "common." + lang.code() + ".txt");
        if (needed.stream().allMatch(n -> Files.isRegularFile(local.resolve(n)))) {
            return local;
        }
        try {
            Path tmp = Files.createTempDirectory("inspect-templates");
            tmp.toFile().deleteOnExit();
            for (String n : needed) {
                try (InputStream in = ConfigFiles.openTemplate(n)) {
                    Path target = tmp.resolve(n);
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    target.toFile().deleteOnExit();
                }
            }
            return tmp;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the document templates", e);
        }
    }
}
