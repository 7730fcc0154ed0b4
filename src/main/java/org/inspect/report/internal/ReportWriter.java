package org.inspect.report.internal;

import org.inspect.rules.PaperWords;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.inspect.model.Counties;
import org.inspect.model.Finding;
import org.inspect.model.Rule;
import org.inspect.model.Severity;
import org.inspect.report.FocusSection;
import org.inspect.report.ReportInput;
import org.inspect.report.ReportInput.SampledCase;
import org.inspect.report.ReportInput.Stratum;

/** Lays out the inspection report (专项行动抽查报告): cover, summary, method, charts, findings, sample appendix. */
public final class ReportWriter {

    /** Typical cases (典型问题) the report shows per county and rule; the annex lists them all. */
    static final int TYPICAL = 2;

    private final ReportInput in;
    private final Template t;
    private final Wording w;
    private final Figures figures;
    private final Charts charts;
    private final Redactor redactor;
    private PdfDoc pdf;
    private Path annex;

    public ReportWriter(ReportInput in, Template report, Wording wording, FontLoader fonts) {
        this.in = in;
        this.t = report;
        this.w = wording;
        this.figures = new Figures(in);
        this.charts = new Charts(fonts, report, wording.common());
        this.redactor = new Redactor(in.fullData(), in.sample().stream().map(SampledCase::name).toList());
    }

    /**
     * Writes the report to {@code file} and its findings annex (附件：问题清单) beside it; returns the annex, or
     * nothing when there are no findings.
     */
    public java.util.Optional<Path> write(Path file, FontLoader fonts) {
        annex = FindingsAnnex.beside(file);
        try (PdfDoc doc = new PdfDoc(file, fonts, w.common(), w.lang(), in.fullData())) {
            this.pdf = doc;
            doc.cover();
            cover();
            doc.part(w.header(in.campaign().name(), in.documentNumber()), true);
            summary();
            method();
            if (in.focus() != null) {
                focusMethod();
            }
            chartsSection();
            findings();
            if (in.focus() != null) {
                focusResults();
            }
            signature();
            if (sampled()) {
                appendix();
            }
        }
        if (in.findings().isEmpty()) {
            return java.util.Optional.empty();
        }
        new FindingsAnnex(w, redactor).write(annex, figures.countiesWithFindings(), in.findings());
        return java.util.Optional.of(annex);
    }

    /**
     * The report ends as a bureau's document does: the issuing units at the right, room for the seal, and the
     * date (落款、盖章); the appendix follows it.
     */
    private void signature() {
        com.itextpdf.layout.element.Div block = new com.itextpdf.layout.element.Div().setKeepTogether(true)
                .setMarginTop(36);
        for (String unit : in.campaign().issuingUnits()) {
            block.add(pdf.plain(unit).setTextAlignment(com.itextpdf.layout.properties.TextAlignment.RIGHT)
                    .setMarginRight(24));
        }
        block.add(pdf.plain(t.text("seal")).setFontSize(9)
                .setTextAlignment(com.itextpdf.layout.properties.TextAlignment.RIGHT).setMarginRight(24)
                .setMarginTop(30).setFontColor(com.itextpdf.kernel.colors.ColorConstants.GRAY));
        block.add(pdf.plain(w.date(in.campaign().issueDate()))
                .setTextAlignment(com.itextpdf.layout.properties.TextAlignment.RIGHT).setMarginRight(24));
        pdf.add(block);
    }

    private void cover() {
        pdf.document().add(new com.itextpdf.layout.element.Paragraph("\n\n\n\n"));
        pdf.title(t.text("cover.title"), 26);
        // the 文号 under the title, centred, as an official document carries it
        pdf.add(pdf.plain(in.documentNumber()).setFontSize(14)
                .setTextAlignment(com.itextpdf.layout.properties.TextAlignment.CENTER));
        pdf.document().add(new com.itextpdf.layout.element.Paragraph("\n\n"));
        Map<String, Object> v = Map.of("campaign", in.campaign().name(),
                "period", w.period(in.campaign().start(), in.campaign().end()),
                "unit", String.join("、", in.campaign().issuingUnits()),
                "date", w.date(in.campaign().issueDate()), "number", in.documentNumber());
        for (String line : t.paragraphs("cover.lines", v)) {
            pdf.add(pdf.plain(line).setFontSize(14).setMarginLeft(70).setMarginBottom(8));
        }
        if (in.unverifiedSample() != null) {
            for (String line : t.paragraphs("cover.unverified", Map.of("why", in.unverifiedSample()))) {
                pdf.add(pdf.plain(line).setFontSize(13).simulateBold().setMarginLeft(70).setMarginTop(16));
            }
        }
        // the part that follows starts the next page
    }

    private void summary() {
        pdf.heading(t.text("summary.heading"));
        Map<String, Object> v = new HashMap<>();
        v.put("campaign", in.campaign().name());
        v.put("households", in.rolls().households());
        v.put("members", in.rolls().members());
        v.put("dibaoCases", in.rolls().dibaoCases());
        v.put("tekunCases", in.rolls().tekunCases());
        v.put("registeredPoor", in.rolls().registeredPoor());
        v.put("frameSize", figures.frame());
        v.put("strata", in.strata().size());
        v.put("sampleSize", figures.sample());
        v.put("deviations", figures.deviations());
        v.put("rate", w.percent(figures.rate()));
        v.put("confidence", w.percent(in.confidence()));
        v.put("upper", w.percent(figures.upper()));
        v.put("findings", in.findings().size());
        v.put("counties", figures.countiesWithFindings().size());
        t.paragraphs(sampled() ? "summary.body" : "summary.body.noSample", v).forEach(pdf::para);
        pdf.subheading(t.text("headline.heading"));
        headlines(v).forEach(pdf::para);
        rulesTable();
        if (sampled()) {
            ratesTable();
        }
    }

    /** Whether a sample run is part of the report (else: no rates, strata, sample list). */
    private boolean sampled() {
        return !in.strata().isEmpty();
    }

    /** The sentences an official would write first: the bound, the worst county, the commonest rule, the urgent. */
    List<String> headlines(Map<String, Object> v) {
        List<String> lines = new ArrayList<>();
        if (figures.sample() > 0) {
            lines.add(t.text("headline.rate", v));
        }
        if (in.findings().isEmpty()) {
            lines.add(t.text("headline.none"));
            return lines;
        }
        String top = figures.countiesWithFindings().stream()
                .max(Comparator.comparingInt(figures::findings)).orElseThrow();
        lines.add(t.text("headline.topCounty", Map.of("county", Counties.name(top), "count", figures.findings(top),
                "share", w.percent((double) figures.findings(top) / in.findings().size()))));
        Rule rule = java.util.Arrays.stream(Rule.values()).max(Comparator.comparingInt(figures::findings)).orElseThrow();
        lines.add(t.text("headline.topRule", Map.of("rule", w.rule(rule), "count", figures.findings(rule),
                "clause", rule.clause())));
        long high = in.findings().stream().filter(f -> f.severity() == Severity.HIGH).count();
        if (high > 0) {
            lines.add(t.text("headline.high", Map.of("count", high)));
        }
        return lines;
    }

    private void rulesTable() {
        List<List<String>> rows = new ArrayList<>();
        for (Rule r : Rule.values()) {
            if (figures.findings(r) > 0) {
                rows.add(List.of(w.rule(r), r.clause(), w.severity(r.severity()), String.valueOf(figures.findings(r)),
                        String.valueOf(figures.countiesWith(r))));
            }
        }
        rows.add(List.of(t.text("table.total"), "", "", String.valueOf(in.findings().size()),
                String.valueOf(figures.countiesWithFindings().size())));
        pdf.table(t.text("table.rules"), new float[] {28, 27, 13, 16, 16}, rows, 9.5f,
                new boolean[] {false, false, false, true, true});
    }

    private void ratesTable() {
        List<List<String>> rows = new ArrayList<>();
        for (String c : figures.sampledCounties()) {
            rows.add(List.of(Counties.name(c), String.valueOf(figures.sample(c)), String.valueOf(figures.deviations(c)),
                    w.percent(figures.rate(c)), w.percent(figures.upper(c))));
        }
        rows.add(List.of(t.text("table.total"), String.valueOf(figures.sample()), String.valueOf(figures.deviations()),
                w.percent(figures.rate()), w.percent(figures.upper())));
        pdf.table(t.text("table.rates"), new float[] {28, 18, 18, 18, 18}, rows, 9.5f,
                new boolean[] {false, true, true, true, true});
    }

    private void method() {
        pdf.heading(t.text("method.heading"));
        if (in.criteriaSha256() != null) {
            t.paragraphs("method.criteria", Map.of("sha256", in.criteriaSha256())).forEach(pdf::para);
        }
        if (!sampled()) {
            // the command that repeats the check is the terminal's business, not the paper's
            pdf.para(t.text("method.noSample"));
            return;
        }
        t.paragraphs("method.body", Map.of("plan", PaperWords.of(in.planName()), "seedText", in.seedText(),
                "seed", Long.toString(in.seed()))).forEach(pdf::para);
        pdf.para(t.text("method.strata"));
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> hashes = new ArrayList<>();
        for (Stratum s : in.strata()) {
            rows.add(List.of(stratumLabel(s), String.valueOf(s.frameSize()), String.valueOf(s.sampleSize()),
                    String.valueOf(s.deviations()), w.percent(s.sampleSize() == 0 ? 0 : (double) s.deviations() / s.sampleSize()),
                    w.percent(s.upperBound())));
            hashes.add(List.of(stratumLabel(s), s.frameHash()));
        }
        pdf.table(t.text("table.strata"), new float[] {40, 12, 12, 12, 12, 12}, rows, 9f,
                new boolean[] {false, true, true, true, true, true});
        pdf.table(t.text("table.hashes"), new float[] {30, 70}, hashes, 8f, null, 1);
        pdf.para(t.text("method.verify"));
    }

    String stratumLabel(Stratum s) {
        return Counties.name(s.countyCode()) + " " + w.code("program", s.program()) + " " + w.code("outcome", s.outcome());
    }

    private void chartsSection() {
        pdf.heading(t.text("charts.heading"));
        if (!in.findings().isEmpty()) {
            pdf.figure(Charts.png(charts.findingsByCounty(figures)), t.text("chart.byCounty"));
        }
        String confidence = w.percent(in.confidence());
        if (figures.sample() > 0) {
            pdf.figure(Charts.png(charts.rates(figures, t.text("chart.cityAverage",
                    Map.of("rate", w.percent(figures.rate()))))), t.text("chart.rates", Map.of("confidence", confidence)));
            pdf.figure(Charts.png(charts.composition(figures.composition(
                    s -> w.code("program", s.program()) + "·" + w.code("outcome", s.outcome())))),
                    t.text("chart.composition"));
        }
        if (!in.rectification().isEmpty()) {
            pdf.figure(Charts.png(charts.rectification(figures.counties(), in.rectification())),
                    t.text("chart.rectification"));
        }
    }

    /**
     * Per county and rule, the count and the first {@value #TYPICAL} findings in the annex's order (典型问题): the
     * section stays a few pages at any size, and the complete lists are in the annex the section names.
     */
    private void findings() {
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
                Rule rule = e.getKey();
                List<Finding> list = new ArrayList<>(e.getValue());
                list.sort(FindingsAnnex.ORDER);
                pdf.add(pdf.plain(t.text("findings.rule", Map.of("rule", w.rule(rule), "count", list.size(),
                        "clause", rule.clause(), "severity", w.severity(rule.severity()))))
                        .simulateBold().setFontSize(10.5f).setMarginTop(4).setKeepWithNext(true));
                findingsTable(list.subList(0, Math.min(TYPICAL, list.size())));
                if (list.size() > TYPICAL) {
                    pdf.para(t.text("findings.more", Map.of("rest", list.size() - TYPICAL, "count", list.size(),
                            "county", Counties.name(county))));
                }
            }
        }
    }

    /**
     * No. | household, case and [id number, only when a finding of the list is about a person] in one cell |
     * detail: the detail sentence, the longest text, keeps most of the width, so a typical case takes a few lines.
     */
    private void findingsTable(List<Finding> list) {
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

    private void appendix() {
        pdf.pageBreak();
        pdf.heading(t.text("appendix.heading"));
        pdf.para(t.text("appendix.body", Map.of("count", in.sample().size())));
        Map<String, Stratum> strata = new HashMap<>();
        in.strata().forEach(s -> strata.put(s.key(), s));
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (SampledCase c : in.sample()) {
            Stratum s = strata.get(c.stratumKey());
            String stratum = s == null ? c.stratumKey()
                    : w.code("program", s.program()) + " " + w.code("outcome", s.outcome());
            rows.add(List.of(String.valueOf(n++), Counties.name(c.countyCode()), stratum, c.caseId(),
                    redactor.name(c.name()), redactor.id(c.idNumber()), String.join("、", c.inspectors())));
        }
        // widths that keep a row on one line (neither 泰安高新区 nor a case id such as TK370982000341-2 wraps): a province's
        // sample of 1,400 cases then fits in about thirty pages
        pdf.compactTable(t.text("table.sample"), new float[] {5, 12, 16, 19, 8, 19, 21}, rows, 7.5f,
                new boolean[] {true});
    }

    /** The focus groups' definitions and how their households are drawn (clause 四（二）一). */
    private void focusMethod() {
        FocusSection f = in.focus();
        pdf.subheading(t.text("focus.method.heading"));
        t.paragraphs("focus.method.body", Map.of()).forEach(pdf::para);
        if (f.householdSample() != null) {
            pdf.para(t.text("focus.method.sample", Map.of("run", f.householdSample(), "plan", f.householdPlan())));
        } else {
            pdf.para(t.text("focus.method.noSample"));
        }
    }

    /** 集中救助 (clause 二（三）) per county, and the focus groups per county with the household sample's results. */
    private void focusResults() {
        FocusSection f = in.focus();
        pdf.heading(t.text("focus.heading"));
        pdf.subheading(t.text("drive.heading"));
        Map<String, Object> v = Map.of("year", Integer.toString(f.driveYear()), "asOf", w.date(f.asOf()));
        if (!f.driveJudgeable()) {
            pdf.para(t.text("drive.notYet", v));
        } else {
            long without = f.drives().stream().filter(d -> d.march() == 0).count();
            pdf.para(t.text(without == 0 ? "drive.allHeld" : "drive.body", Map.of("year", Integer.toString(f.driveYear()),
                    "asOf", w.date(f.asOf()), "count", without)));
        }
        List<List<String>> rows = new ArrayList<>();
        int march = 0;
        int poor = 0;
        java.math.BigDecimal amount = java.math.BigDecimal.ZERO;
        int withAmount = 0;
        for (FocusSection.Drive d : f.drives()) {
            rows.add(List.of(Counties.name(d.countyCode()), String.valueOf(d.march()), String.valueOf(d.marchRegisteredPoor()),
                    d.withAmount() == 0 ? "—" : yuan(d.amountYuan()),
                    !f.driveJudgeable() ? t.text("drive.pending") : d.march() > 0 ? t.text("drive.held")
                            : t.text("drive.notHeld")));
            march += d.march();
            poor += d.marchRegisteredPoor();
            amount = amount.add(d.amountYuan());
            withAmount += d.withAmount();
        }
        rows.add(List.of(t.text("table.total"), String.valueOf(march), String.valueOf(poor),
                withAmount == 0 ? "—" : yuan(amount), ""));
        pdf.table(t.text("table.drive", v), new float[] {24, 16, 20, 20, 20}, rows, 9.5f,
                new boolean[] {false, true, true, true, false});
        pdf.subheading(t.text("focusGroups.heading"));
        pdf.para(t.text(f.householdSample() == null ? "focusGroups.body.noSample" : "focusGroups.body",
                Map.of("run", f.householdSample() == null ? "" : f.householdSample())));
        List<List<String>> g = new ArrayList<>();
        int[] total = new int[7];
        for (FocusSection.Groups c : f.groups()) {
            int[] n = {c.uncoveredPoor(), c.marginal(), c.severe(), c.households(), c.sampled(), c.visited(), c.eligible()};
            List<String> row = new ArrayList<>(List.of(Counties.name(c.countyCode())));
            for (int i = 0; i < n.length; i++) {
                row.add(String.valueOf(n[i]));
                total[i] += n[i];
            }
            g.add(row);
        }
        List<String> last = new ArrayList<>(List.of(t.text("table.total")));
        for (int x : total) {
            last.add(String.valueOf(x));
        }
        g.add(last);
        pdf.table(t.text("table.focusGroups"), new float[] {16, 12, 12, 12, 12, 12, 12, 12}, g, 9f,
                new boolean[] {false, true, true, true, true, true, true, true});
    }

    private static String yuan(java.math.BigDecimal v) {
        return new java.text.DecimalFormat("#,##0.##").format(v);
    }

    private String chineseIndex(int i) {
        String[] digits = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
        return w.lang() == org.inspect.report.Lang.ZH && i <= 10 ? digits[i] : String.format(Locale.ROOT, "%d", i);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
