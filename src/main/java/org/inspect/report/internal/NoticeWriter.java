package org.inspect.report.internal;

import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inspect.model.Counties;
import org.inspect.model.Finding;
import org.inspect.model.Rule;
import org.inspect.model.Severity;
import org.inspect.report.NoticeInput;

/**
 * Lays out the rectification notices (整改通知书): one per county with an open finding, numbered from the pattern in
 * the city's order of counties, each in its own file and all of them in one combined file for printing.
 */
public final class NoticeWriter {

    static final String COMBINED = "notices-combined.pdf";

    private final NoticeInput in;
    private final Template t;
    private final Wording w;
    private final FontLoader fonts;
    private final Redactor redactor;

    public NoticeWriter(NoticeInput in, Template notice, Wording wording, FontLoader fonts) {
        this.in = in;
        this.t = notice;
        this.w = wording;
        this.fonts = fonts;
        this.redactor = new Redactor(in.fullData(), in.personNames());
    }

    /** A county's notice: its number, its open findings, and the number of the notice it supplements (or null). */
    public record Notice(String countyCode, String number, List<Finding> findings, String supplements) {
    }

    /** The notices to write, in the city's order of counties, numbered consecutively. */
    public List<Notice> notices() {
        Map<String, List<Finding>> byCounty = new LinkedHashMap<>();
        List<String> order = new ArrayList<>(Counties.TAIAN.keySet());
        in.openFindings().stream().map(Finding::countyCode).distinct()
                .sorted(java.util.Comparator.comparingInt((String c) -> order.contains(c) ? order.indexOf(c)
                        : order.size()).thenComparing(c -> c))
                .forEach(c -> byCounty.put(c, new ArrayList<>()));
        in.openFindings().forEach(f -> byCounty.get(f.countyCode()).add(f));
        List<Notice> notices = new ArrayList<>();
        int n = in.firstNumber();
        for (Map.Entry<String, List<Finding>> e : byCounty.entrySet()) {
            notices.add(new Notice(e.getKey(), in.numberPattern().replace("{n}", String.valueOf(n++)), e.getValue(),
                    in.supplements().get(e.getKey())));
        }
        return notices;
    }

    /**
     * Lays the notices out once, into the combined print file, then copies each county's pages into its own file:
     * the county files are page-for-page the combined file's parts (each part numbers its own pages), at the cost
     * of one layout instead of two.
     */
    public List<Path> write(Path dir) {
        List<Notice> notices = notices();
        if (notices.isEmpty()) {
            return List.of();
        }
        Path combined = dir.resolve(PdfDoc.fileName(COMBINED.replace(".pdf", "") + in.fileTag() + w.lang().fileSuffix(),
                in.fullData()));
        PdfDoc doc = new PdfDoc(combined, fonts, w.common(), w.lang(), in.fullData());
        try {
            notices.forEach(notice -> notice(doc, notice));
        } finally {
            doc.close();
        }
        List<int[]> pages = doc.partPages();
        List<Path> files = new ArrayList<>();
        try (PdfDocument source = new PdfDocument(new PdfReader(combined.toString()))) {
            for (int i = 0; i < notices.size(); i++) {
                Notice notice = notices.get(i);
                Path file = dir.resolve(PdfDoc.fileName(fileBase(notice) + w.lang().fileSuffix(), in.fullData()));
                try (PdfDocument target = new PdfDocument(new PdfWriter(
                        org.inspect.export.PrivateFiles.open(file, in.fullData())))) {
                    source.copyPagesTo(pages.get(i)[0], pages.get(i)[1], target);
                }
                files.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot split " + combined, e);
        }
        files.add(combined);
        for (Notice notice : notices) {
            if (overLimit(notice)) {
                Path annex = annex(dir, notice, in.fileTag());
                new FindingsAnnex(w, redactor).write(annex, List.of(notice.countyCode()), notice.findings());
                files.add(annex);
            }
        }
        return files;
    }

    /** Whether a notice lists counts by rule and refers to its annex instead of listing every finding. */
    private boolean overLimit(Notice notice) {
        return notice.findings().size() > in.fullTableLimit();
    }

    private String fileBase(Notice notice) {
        return fileBase(notice, in.fileTag());
    }

    private static String fileBase(Notice notice, String tag) {
        return "notice-" + org.inspect.export.FileNames.part(notice.countyCode() + "-" + Counties.name(notice.countyCode()))
                + tag;
    }

    /** The files {@link #write} writes into {@code dir} (county files, combined file, annexes), before writing. */
    public List<Path> plannedFiles(Path dir) {
        List<Path> out = new ArrayList<>();
        for (Notice notice : notices()) {
            out.add(dir.resolve(PdfDoc.fileName(fileBase(notice) + w.lang().fileSuffix(), in.fullData())));
            if (overLimit(notice)) {
                out.add(annex(dir, notice, in.fileTag()));
            }
        }
        if (!out.isEmpty()) {
            out.add(dir.resolve(PdfDoc.fileName(COMBINED.replace(".pdf", "") + in.fileTag() + w.lang().fileSuffix(),
                    in.fullData())));
        }
        return out;
    }

    /** The annex of a notice over the limit: {@code notice-<county>-<name>[tag]-annex.xlsx} beside it. */
    static Path annex(Path dir, Notice notice, String tag) {
        return dir.resolve(fileBase(notice, tag) + "-annex.xlsx");
    }

    private void notice(PdfDoc doc, Notice notice) {
        doc.part(w.header(in.campaign().name(), notice.number()), false);
        doc.title(t.text(in.correction() != null ? "title.correction"
                : notice.supplements() == null ? "title" : "title.supplement"), 22);
        doc.add(doc.plain(t.text("number", Map.of("number", notice.number()))).setTextAlignment(TextAlignment.CENTER)
                .setMarginBottom(14));
        String county = Counties.name(notice.countyCode());
        String bureau = t.has("bureau." + notice.countyCode()) ? t.text("bureau." + notice.countyCode())
                : t.text("bureau");
        doc.add(doc.plain(t.text("addressee", Map.of("county", county, "bureau", bureau))).setMarginBottom(4));
        Map<String, Object> v = values(notice);
        if (in.correction() != null) {
            t.paragraphs("correction", v).forEach(doc::para);
        } else if (notice.supplements() != null) {
            t.paragraphs("supplement", v).forEach(doc::para);
        }
        t.paragraphs("body", v).forEach(doc::para);
        if (overLimit(notice)) {
            countsTable(doc, notice);
        } else {
            findingsTable(doc, notice.findings());
        }
        doc.add(doc.plain(t.text("requirements.heading")).simulateBold().setFontSize(12).setTextAlignment(
                TextAlignment.CENTER).setKeepWithNext(true).setMarginTop(6));
        t.paragraphs("requirements", v).forEach(doc::para);
        signature(doc, v);
    }

    private Map<String, Object> values(Notice notice) {
        Map<String, Object> v = new java.util.HashMap<>();
        v.put("campaign", in.campaign().name());
        v.put("units", String.join("、", in.campaign().issuingUnits()));
        v.put("period", w.period(in.campaign().start(), in.campaign().end()));
        v.put("start", w.date(in.campaign().start()));
        v.put("you", addressed(notice.countyCode()));
        v.put("count", notice.findings().size());
        v.put("high", notice.findings().stream().filter(f -> f.severity() == Severity.HIGH).count());
        v.put("deadline", w.date(in.deadline()));
        v.put("date", w.date(in.campaign().issueDate()));
        v.put("contact", in.contact());
        v.put("number", notice.number());
        v.put("supplements", notice.supplements() == null ? "" : notice.supplements());
        v.put("corrects", in.correction() == null ? "" : in.correction().corrects());
        v.put("reason", in.correction() == null ? "" : in.correction().reason());
        return v;
    }

    /**
     * How a notice addresses the county, by its kind (the last character of its name): 你区, 你县, 你市; an
     * English edition says "your county". A name of no known kind is addressed as 你单位.
     */
    private String addressed(String countyCode) {
        if (w.lang() != org.inspect.report.Lang.ZH) {
            return "your county";
        }
        String name = Counties.name(countyCode);
        char last = name.isEmpty() ? ' ' : name.charAt(name.length() - 1);
        return last == '区' || last == '县' || last == '市' ? "你" + last : "你单位";
    }

    /**
     * Findings by rule: No. | rule and clause | household, case and (for a finding about a person) the masked
     * identity number | detail. Rule and clause share a cell, as do the numbers, so that the detail keeps its
     * width and no column stands empty; the numbers are never broken inside (only between them).
     */
    private void findingsTable(PdfDoc doc, List<Finding> findings) {
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (Rule rule : Rule.values()) {
            for (Finding f : findings) {
                if (f.rule() == rule) {
                    String numbers = nz(f.householdId()) + "\n" + nz(f.caseId())
                            + (f.idNumber() == null || f.idNumber().isBlank() ? "" : "\n" + redactor.id(f.idNumber()));
                    rows.add(List.of(String.valueOf(n++),
                            w.rule(f.rule()) + "\n" + t.text("clause", Map.of("clause", f.clause())),
                            numbers.strip(), redactor.text(w.detail(f))));
                }
            }
        }
        doc.table(t.text("table.findings"), new float[] {6, 19, 22, 53}, rows, 8.5f, new boolean[] {true},
                new boolean[] {false, false, true, false});
    }

    /**
     * A notice over the limit: its findings counted by rule (rule, clause, count) and the sentence that names
     * the annex listing every one of them.
     */
    private void countsTable(PdfDoc doc, Notice notice) {
        Map<Rule, Integer> counts = new java.util.EnumMap<>(Rule.class);
        notice.findings().forEach(f -> counts.merge(f.rule(), 1, Integer::sum));
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (Map.Entry<Rule, Integer> e : counts.entrySet()) {
            rows.add(List.of(String.valueOf(n++), w.rule(e.getKey()), e.getKey().clause(),
                    w.severity(e.getKey().severity()), String.valueOf(e.getValue())));
        }
        rows.add(List.of("", t.text("table.total"), "", "", String.valueOf(notice.findings().size())));
        doc.table(t.text("table.counts"), new float[] {8, 42, 18, 14, 18}, rows, 9.5f,
                new boolean[] {true, false, false, false, true});
        doc.para(t.text("annex", Map.of("count", notice.findings().size(), "limit", in.fullTableLimit(),
                "file", annex(Path.of("."), notice, in.fileTag()).getFileName().toString())));
    }

    /** Issuing units and date at the right, with room above the date for the seal; kept on one page. */
    private void signature(PdfDoc doc, Map<String, Object> v) {
        Div block = new Div().setKeepTogether(true).setMarginTop(36);
        for (String unit : in.campaign().issuingUnits()) {
            block.add(doc.plain(unit).setTextAlignment(TextAlignment.RIGHT).setMarginRight(24));
        }
        block.add(doc.plain(t.text("seal")).setFontSize(9).setTextAlignment(TextAlignment.RIGHT).setMarginRight(24)
                .setMarginTop(30).setFontColor(com.itextpdf.kernel.colors.ColorConstants.GRAY));
        block.add(doc.plain(t.text("date", v)).setTextAlignment(TextAlignment.RIGHT).setMarginRight(24));
        block.add(doc.plain(t.text("contact", v)).setFontSize(9).setMarginTop(24));
        doc.add(block);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
