package org.inspect.report.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.inspect.model.Counties;
import org.inspect.model.Finding;
import org.inspect.model.Rule;
import org.inspect.report.ReportInput;

/**
 * The report's findings (问题): per county and rule, the count and the first {@value #TYPICAL} findings in the
 * annex's order (典型问题), so the section stays a few pages at any size; the complete lists are in the annex it names.
 */
record ReportFindings(ReportInput in, Template t, Wording w, Figures figures, Redactor redactor, PdfDoc pdf) {

    /** Typical cases (典型问题) the report shows per county and rule; the annex lists them all. */
    static final int TYPICAL = 2;

    /** The section, naming {@code annex}, the file of the complete lists. */
    void write(Path annex) {
        pdf.pageBreak();
        pdf.heading(t.text("findings.heading"));
        if (in.findings().isEmpty()) {
            pdf.para(t.text("findings.none"));
            return;
        }
        pdf.para(t.text("findings.annex", Map.of("count", in.findings().size(), "file", annex.getFileName().toString(),
                "typical", TYPICAL)));
        Map<String, Map<Rule, List<Finding>>> byCounty = new HashMap<>();
        for (Finding f : in.findings()) {
            byCounty.computeIfAbsent(f.countyCode(), c -> new java.util.EnumMap<>(Rule.class))
                    .computeIfAbsent(f.rule(), r -> new ArrayList<>()).add(f);
        }
        int index = 1;
        for (String county : figures.countiesWithFindings()) {
            pdf.subheading(t.text("findings.county", Map.of("index", chineseIndex(index++),
                    "county", Counties.name(county), "count", figures.findings(county))));
            for (Map.Entry<Rule, List<Finding>> e : byCounty.getOrDefault(county, Map.of()).entrySet()) {
                rule(county, e.getKey(), e.getValue());
            }
        }
    }

    /** One rule's findings in one county: a line, the typical cases, and how many more the annex has. */
    private void rule(String county, Rule rule, List<Finding> findings) {
        List<Finding> list = new ArrayList<>(findings);
        list.sort(FindingsAnnex.ORDER);
        pdf.add(pdf.plain(t.text("findings.rule", Map.of("rule", w.rule(rule), "count", list.size(),
                "clause", rule.clause(), "severity", w.severity(rule.severity()))))
                .simulateBold().setFontSize(10.5f).setMarginTop(4).setKeepWithNext(true));
        table(list.subList(0, Math.min(TYPICAL, list.size())));
        if (list.size() > TYPICAL) {
            pdf.para(t.text("findings.more", Map.of("rest", list.size() - TYPICAL, "count", list.size(),
                    "county", Counties.name(county))));
        }
    }

    /**
     * No. | household, case and [id number, only when a finding of the list is about a person] in one cell |
     * detail: the detail sentence, the longest text, keeps most of the width, so a typical case takes a few lines.
     */
    private void table(List<Finding> list) {
        boolean ids = list.stream().anyMatch(f -> f.idNumber() != null && !f.idNumber().isBlank());
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (Finding f : list) {
            StringBuilder who = new StringBuilder(nz(f.householdId()));
            if (f.caseId() != null && !f.caseId().isBlank()) {
                who.append('\n').append(f.caseId());
            }
            if (ids && f.idNumber() != null && !f.idNumber().isBlank()) {
                who.append('\n').append(redactor.id(f.idNumber()));
            }
            rows.add(List.of(String.valueOf(n++), who.toString(), redactor.text(w.detail(f))));
        }
        List<String> header = List.of(t.text("table.findings").split("\\|"));
        String whoHeader = header.get(1) + "/" + header.get(2) + (ids ? "/" + header.get(3) : "");
        // wide enough for a 13-digit household id, a case id such as TK3709020000467-2 and a masked id number
        pdf.table(String.join("|", header.get(0), whoHeader, header.get(4)), new float[] {6, 24, 70}, rows, 8.5f,
                new boolean[] {true});
    }

    private String chineseIndex(int i) {
        String[] digits = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
        return w.lang() == org.inspect.report.Lang.ZH && i <= 10 ? digits[i] : String.format(Locale.ROOT, "%d", i);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
