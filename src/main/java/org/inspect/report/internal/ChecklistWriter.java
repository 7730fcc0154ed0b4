package org.inspect.report.internal;

import org.inspect.rules.PaperWords;

import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.inspect.model.Counties;
import org.inspect.model.Finding;
import org.inspect.report.ChecklistInput;
import org.inspect.report.ChecklistInput.Item;
import org.inspect.report.ChecklistInput.Sheet;

/**
 * Lays out the field checklists (入户核查表, clause 二（四） 入户核查): one file per inspector, a cover list of the
 * assigned cases, then one page per case with its particulars, the points to verify and blank fields for the
 * findings on site and the signatures.
 */
public final class ChecklistWriter {

    private final ChecklistInput in;
    private final Template t;
    private final Wording w;
    private final FontLoader fonts;
    private final Redactor redactor;

    public ChecklistWriter(ChecklistInput in, Template checklist, Wording wording, FontLoader fonts) {
        this.in = in;
        this.t = checklist;
        this.w = wording;
        this.fonts = fonts;
        this.redactor = new Redactor(in.fullData(), List.of());
    }

    /** {@code checklist-<code>-<name>}: the team finds its own by name; characters a file name cannot hold as _. */
    static String fileBase(Sheet sheet) {
        String name = sheet.inspectorName() == null ? "" : org.inspect.export.FileNames.part(sheet.inspectorName());
        return "checklist-" + org.inspect.export.FileNames.part(sheet.inspectorId()) + (name.isEmpty() ? "" : "-" + name);
    }

    public List<Path> write(Path dir) {
        List<Path> files = new ArrayList<>();
        for (Sheet sheet : in.sheets()) {
            Path file = dir.resolve(PdfDoc.fileName(fileBase(sheet), in.fullData()));
            try (PdfDoc doc = new PdfDoc(file, fonts, w.common(), w.lang(), in.fullData())) {
                sheet(doc, sheet);
            }
            files.add(file);
        }
        return files;
    }

    private void sheet(PdfDoc doc, Sheet sheet) {
        Map<String, Object> v = Map.of("inspector", sheet.inspectorName(), "inspectorId", sheet.inspectorId(),
                "unit", sheet.unit(), "run", in.sampleRunId(), "plan", in.planName(),
                "seedText", in.seedText() == null ? "" : in.seedText(), "count", sheet.items().size(),
                "date", w.date(in.issueDate()));
        doc.part(w.header(in.campaignName() == null ? t.text("campaign") : in.campaignName(), t.text("header", v)),
                true);
        doc.title(t.text("title", v), 18);
        t.paragraphs("intro", v).forEach(doc::para);
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (Item item : sheet.items()) {
            rows.add(List.of(String.valueOf(n++), item.caseId(), place(item), redactor.name(item.headName()),
                    item.recheck() != null ? item.recheck().problem()
                            : item.visit() != null ? item.visit().groups() : w.code("program", item.program())));
        }
        doc.table(t.text("list.table"), new float[] {7, 22, 43, 12, 12}, rows, 9.5f,
                new boolean[] {true, false, false, false, false});
        n = 1;
        for (Item item : sheet.items()) {
            doc.pageBreak();
            if (item.recheck() != null) {
                recheck(doc, item, n++, sheet.items().size());
            } else if (item.visit() != null) {
                visit(doc, item, n++, sheet.items().size());
            } else {
                item(doc, item, n++, sheet.items().size());
            }
        }
    }

    private void item(PdfDoc doc, Item item, int n, int of) {
        doc.subheading(t.text("case.heading", Map.of("n", n, "of", of, "case", item.caseId())));
        String benefit = item.monthlyBenefitYuan() == null ? ""
                : item.monthlyBenefitYuan().setScale(2, RoundingMode.HALF_UP).toPlainString();
        List<List<String>> facts = List.of(
                List.of(t.text("field.household"), nz(item.householdId()), t.text("field.place"), place(item)),
                List.of(t.text("field.address"), nz(item.address()), t.text("field.members"),
                        String.valueOf(item.members())),
                List.of(t.text("field.head"), redactor.name(item.headName()), t.text("field.headId"),
                        redactor.id(item.headIdNumber())),
                List.of(t.text("field.program"), w.code("program", item.program()), t.text("field.decision"),
                        w.code("outcome", item.decision())
                                + (item.decisionDate() == null ? "" : "（" + w.date(item.decisionDate()) + "）")),
                List.of(t.text("field.benefit"), benefit, t.text("field.team"), String.join("、", item.teammates())));
        doc.table(t.text("case.table"), new float[] {16, 34, 16, 34}, facts, 9.5f, null);
        desk(doc, item);
        doc.subheading(t.text("verify.heading"));
        List<List<String>> checks = new ArrayList<>();
        int k = 1;
        for (String point : t.paragraphs("verify.points", Map.of())) {
            checks.add(List.of(String.valueOf(k++), point, "", ""));
        }
        doc.table(t.text("verify.table"), new float[] {6, 66, 14, 14}, checks, 9.5f, new boolean[] {true});
        doc.subheading(t.text("fill.heading"));
        List<List<String>> blanks = new ArrayList<>();
        for (String field : t.paragraphs("fill.fields", Map.of())) {
            blanks.add(List.of(field, "\n\n"));
        }
        doc.table(t.text("fill.table"), new float[] {32, 68}, blanks, 10f, null);
    }

    /** The page of a focus household, which may never have applied: who lives there, what the rolls show, what to ask. */
    private void visit(PdfDoc doc, Item item, int n, int of) {
        ChecklistInput.HomeVisit v = item.visit();
        doc.subheading(t.text("visit.heading", Map.of("n", n, "of", of, "household", item.householdId())));
        List<List<String>> facts = List.of(
                List.of(t.text("field.household"), nz(item.householdId()), t.text("field.place"), place(item)),
                List.of(t.text("field.address"), nz(item.address()), t.text("field.members"),
                        String.valueOf(item.members())),
                List.of(t.text("field.head"), redactor.name(item.headName()), t.text("field.headId"),
                        redactor.id(item.headIdNumber())),
                List.of(t.text("visit.groups"), v.groups(), t.text("field.team"), String.join("、", item.teammates())),
                List.of(t.text("visit.income"), t.text("visit.incomeValue", Map.of("income", v.perCapitaIncome(),
                        "standard", v.dibaoStandard(), "limit", v.marginLimit())), t.text("visit.property"),
                        v.property()),
                List.of(t.text("visit.poor"), v.poorHouseholds().isEmpty() ? t.text("visit.none") : v.poorHouseholds(),
                        "", ""));
        doc.table(t.text("case.table"), new float[] {16, 34, 16, 34}, facts, 9.5f, null);
        List<List<String>> people = new ArrayList<>();
        for (ChecklistInput.Resident r : v.residents()) {
            people.add(List.of(redactor.name(r.name()), redactor.id(r.idNumber()), r.description(), ""));
        }
        doc.table(t.text("visit.residents"), new float[] {12, 24, 44, 20}, people, 9f, null);
        List<List<String>> rolls = new ArrayList<>();
        v.incomes().forEach(i -> rolls.add(List.of(t.text("visit.incomeItem"), i, "")));
        v.assets().forEach(a -> rolls.add(List.of(t.text("visit.asset"), a, "")));
        if (rolls.isEmpty()) {
            rolls.add(List.of("", t.text("visit.none"), ""));
        }
        doc.table(t.text("visit.rolls"), new float[] {14, 62, 24}, rolls, 9f, null);
        desk(doc, item);
        List<List<String>> checks = new ArrayList<>();
        int k = 1;
        for (String point : t.paragraphs("visit.points", Map.of())) {
            checks.add(List.of(String.valueOf(k++), point, "", ""));
        }
        doc.table(t.text("verify.table"), new float[] {6, 66, 14, 14}, checks, 9.5f, new boolean[] {true});
        List<List<String>> blanks = new ArrayList<>();
        for (String field : t.paragraphs("visit.fields", Map.of())) {
            blanks.add(List.of(field, "\n\n"));
        }
        doc.table(t.text("fill.table"), new float[] {32, 68}, blanks, 10f, null);
    }

    /**
     * The page of a closed rectification item to re-inspect: the problem as the notice named it, and what the
     * county said it did (response, date, evidence), then the points to check on site and the outcome to record
     * (rectify confirm or rectify reopen).
     */
    private void recheck(PdfDoc doc, Item item, int n, int of) {
        ChecklistInput.Recheck r = item.recheck();
        doc.subheading(t.text("recheck.heading", Map.of("n", n, "of", of, "notice", r.noticeNumber(),
                "item", r.itemNo())));
        List<List<String>> facts = List.of(
                List.of(t.text("field.household"), nz(item.householdId()), t.text("field.place"), place(item)),
                List.of(t.text("field.address"), nz(item.address()), t.text("field.head"),
                        redactor.name(item.headName())),
                List.of(t.text("recheck.problem"), r.problem(), t.text("field.team"),
                        String.join("、", item.teammates())),
                List.of(t.text("recheck.deadline"), w.date(r.deadline()), t.text("recheck.closed"),
                        w.date(r.closedOn())));
        doc.table(t.text("case.table"), new float[] {16, 34, 16, 34}, facts, 9.5f, null);
        List<List<String>> said = new ArrayList<>();
        said.add(List.of(t.text("recheck.finding"), redactor.text(PaperWords.of(r.finding()))));
        said.add(List.of(t.text("recheck.response"), r.response() == null ? t.text("recheck.none")
                : redactor.text(PaperWords.of(r.response()))));
        said.add(List.of(t.text("recheck.respondedOn"), r.respondedOn() == null ? "" : w.date(r.respondedOn())));
        said.add(List.of(t.text("recheck.evidence"), r.evidence().isEmpty() ? t.text("recheck.none")
                : String.join("、", r.evidence())));
        doc.table(t.text("recheck.table"), new float[] {24, 76}, said, 9.5f, null);
        List<List<String>> checks = new ArrayList<>();
        int k = 1;
        for (String point : t.paragraphs("recheck.points", Map.of())) {
            checks.add(List.of(String.valueOf(k++), point, "", ""));
        }
        doc.table(t.text("verify.table"), new float[] {6, 66, 14, 14}, checks, 9.5f, new boolean[] {true});
        List<List<String>> blanks = new ArrayList<>();
        for (String field : t.paragraphs("recheck.fields", Map.of())) {
            blanks.add(List.of(field, "\n\n"));
        }
        doc.table(t.text("fill.table"), new float[] {32, 68}, blanks, 10f, null);
    }

    /**
     * What the desk check found about the household, so the visit can confirm or refute it: each open finding
     * (rule and sentence), or that it found nothing, or that no desk check has been run on the snapshot.
     */
    private void desk(PdfDoc doc, Item item) {
        ChecklistInput.DeskCheck desk = item.desk();
        if (desk == null) {
            doc.para(t.text("desk.unchecked"));
            return;
        }
        doc.subheading(t.text("desk.heading", Map.of("run", desk.checkRunId())));
        if (desk.findings().isEmpty()) {
            doc.para(t.text("desk.none"));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        int k = 1;
        for (Finding f : desk.findings()) {
            rows.add(List.of(String.valueOf(k++), w.rule(f.rule()), redactor.text(w.detail(f)), ""));
        }
        doc.table(t.text("desk.table"), new float[] {6, 16, 60, 18}, rows, 9f, new boolean[] {true});
    }

    private static String place(Item item) {
        return Counties.name(item.countyCode()) + nz(item.township()) + nz(item.village());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
