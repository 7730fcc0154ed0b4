package org.inspect.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.inspect.config.Settings;
import org.inspect.export.Column;
import org.inspect.export.HeaderLanguage;
import org.inspect.export.SheetFormat;
import org.inspect.export.SheetWriter;
import org.inspect.export.Sheets;
import org.inspect.model.Counties;
import org.inspect.model.Inspector;
import org.inspect.model.Masking;
import org.inspect.sampling.Manifest;
import org.inspect.sampling.SampleRun;
import org.inspect.sampling.SampleRunStore;
import org.inspect.sampling.SampledCase;
import org.inspect.store.Database;
import org.inspect.store.RollReader;

/**
 * What the field team takes out of a sample run: its manifest (JSON), the sample list (CSV or xlsx) and the field
 * checklists (PDF, one per inspector), identity numbers and names masked in everything written.
 */
public final class SampleExports {

    static final String MANIFEST_FILE = "manifest.json";
    static final String SAMPLE_BASE = "sample";

    private final Database database;
    private final org.inspect.context.Context context;
    private final Settings settings;

    /**
     * The samples of {@code database}; checklists are dated by {@code context}'s day (the campaign's) and worded by
     * the templates of {@code settings}.
     */
    public SampleExports(Database database, org.inspect.context.Context context, Settings settings) {
        this.database = database;
        this.context = context;
        this.settings = settings;
    }

    /** Every sample run. */
    public List<SampleRun> runs() {
        return new SampleRunStore(database).list();
    }

    /** A completed run with its manifest and the inspectors of the snapshot it was drawn from, by id. */
    public record Shown(SampleRun run, Manifest manifest, Map<String, Inspector> pool) {
    }

    /**
     * Completed run {@code runId}. Its inspectors come from the snapshot version the run was drawn from: kept while
     * the run refers to it, so a re-import of the label changes nothing the run prints.
     */
    public Shown show(long runId) {
        SampleRunStore runs = new SampleRunStore(database);
        SampleRun run = runs.completed(runId);
        Manifest m = runs.manifest(runId);
        Map<String, Inspector> pool = new RollReader(database, run.snapshotId()).inspectors().stream()
                .collect(Collectors.toMap(Inspector::inspectorId, Function.identity(), (a, b) -> a));
        return new Shown(run, m, pool);
    }

    /**
     * Writes the manifest, the sample list and the checklists (with the home-visit facts of a household sample's
     * households) into {@code dir}; returns the files written.
     */
    public List<Path> export(Shown shown, Path dir, Lang lang, SheetFormat format, HeaderLanguage headers) {
        SampleRun run = shown.run();
        List<SampledCase> cases = new SampleRunStore(database).cases(run.id(), run.snapshotId());
        Map<String, ChecklistInput.HomeVisit> visits = run.plan().frame().ofHouseholds()
                ? homeVisits(run.snapshotId(), cases) : Map.of();
        Map<String, ChecklistInput.Recheck> rechecks = run.plan().frame().ofItems() ? rechecks(run) : Map.of();
        // what the desk check found about each household, so the visit can confirm or refute it
        Map<String, ChecklistInput.DeskCheck> desk = run.plan().frame().ofItems() ? Map.of()
                : new org.inspect.report.data.DeskFindings(database).of(run.id(), run.snapshotId(),
                        cases.stream().map(SampledCase::householdId).collect(Collectors.toSet()));
        return export(dir, run, shown.manifest(), cases, shown.pool(), lang, format, headers, visits, rechecks, desk,
                context.today());
    }

    /**
     * What the county said it did for each closed item of a re-inspection sample, by its row id (the zero-padded
     * item number), as the history stood at the draw.
     */
    private Map<String, ChecklistInput.Recheck> rechecks(SampleRun run) {
        Map<String, ChecklistInput.Recheck> out = new java.util.HashMap<>();
        for (org.inspect.rectification.Closure c : new org.inspect.rectification.RectificationStore(database)
                .closedThrough(run.plan().frame().itemsThrough())) {
            var i = c.item();
            var r = c.response();
            out.put(org.inspect.sampling.ClosedItemFrame.ref(i.id()), new ChecklistInput.Recheck(i.noticeNumber(),
                    i.itemNo(), org.inspect.model.Rule.valueOf(i.rule()).chinese(), i.detailMasked(), i.deadline(),
                    c.closedAt().toLocalDate(), r == null ? null : r.note(), r == null ? null : r.at().toLocalDate(),
                    r == null ? List.of() : r.evidence().stream().map(e -> e.name()).toList()));
        }
        return out;
    }

    /** The home-visit facts of the sampled households of a household sample, from the rolls of {@code snapshot}. */
    private Map<String, ChecklistInput.HomeVisit> homeVisits(long snapshot, List<SampledCase> cases) {
        java.util.Set<String> ids = cases.stream().map(SampledCase::householdId).collect(Collectors.toSet());
        Map<String, ChecklistInput.HomeVisit> out = new java.util.HashMap<>();
        new org.inspect.focus.FocusGroups(database)
                .of(snapshot, ids, org.inspect.check.CampaignPeriod.load(settings).start())
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

    /** Writes the manifest, the sample list and the checklists (with {@code visits}, empty for a case sample). */
    private List<Path> export(Path dir, SampleRun run, Manifest m, List<SampledCase> cases,
            Map<String, Inspector> pool, Lang lang, SheetFormat format, HeaderLanguage headers,
            Map<String, ChecklistInput.HomeVisit> visits, Map<String, ChecklistInput.Recheck> rechecks,
            Map<String, ChecklistInput.DeskCheck> desk, LocalDate day) {
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
        Documents documents = Documents.configure(settings.configDir(),
                settings.templatesWith(List.of("checklist." + lang.code() + ".txt", "common." + lang.code() + ".txt")));
        files.addAll(documents.checklists(checklists(run, cases, pool, visits, rechecks, desk, day), lang, dir));
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
            Map<String, ChecklistInput.HomeVisit> visits, Map<String, ChecklistInput.Recheck> rechecks,
            Map<String, ChecklistInput.DeskCheck> desk, LocalDate day) {
        Map<String, List<ChecklistInput.Item>> byInspector = new TreeMap<>();
        for (SampledCase c : cases) {
            for (String id : c.inspectorIds()) {
                List<String> team = c.inspectorIds().stream().map(i -> nameOf(pool, i)).toList();
                byInspector.computeIfAbsent(id, k -> new ArrayList<>()).add(new ChecklistInput.Item(c.caseId(),
                        c.householdId(), c.countyCode(), c.township(), c.village(), c.address(), c.headName(),
                        c.headIdNumber(), c.members(), c.program(), c.decision(), c.decisionDate(),
                        c.monthlyBenefitYuan(), team, visits.get(c.householdId()), rechecks.get(c.caseId()),
                        desk.get(c.householdId())));
            }
        }
        List<ChecklistInput.Sheet> sheets = new ArrayList<>();
        byInspector.forEach((id, items) -> {
            Inspector i = pool.get(id);
            sheets.add(new ChecklistInput.Sheet(id, i == null ? id : i.name(), i == null ? "" : i.unit(), items));
        });
        return new ChecklistInput(null, run.id(), run.plan().title(), run.seedText(),
                day, sheets, false);
    }

    /** An inspector's name with id, as printed in a team: inspectors' names are not masked on their own sheets. */
    private static String nameOf(Map<String, Inspector> pool, String id) {
        Inspector i = pool.get(id);
        return i == null ? id : i.name() + "（" + id + "）";
    }
}
