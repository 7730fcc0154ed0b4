package org.inspect.report.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inspect.model.Counties;
import org.inspect.report.ReportInput;
import org.inspect.report.ReportInput.SampledCase;
import org.inspect.report.ReportInput.Stratum;
import org.inspect.rules.PaperWords;

/**
 * Lays out the inspection report (专项行动抽查报告): cover, summary ({@link ReportSummary}), method, charts, findings
 * ({@link ReportFindings}), the focus parts ({@link ReportFocus}), signature and sample appendix.
 */
public final class ReportWriter {

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
            new ReportSummary(in, t, w, figures, doc).write();
            ReportFocus focus = in.focus() == null ? null : new ReportFocus(in.focus(), t, w, doc);
            method();
            if (focus != null) {
                focus.method();
            }
            chartsSection();
            new ReportFindings(in, t, w, figures, redactor, doc).write(annex);
            if (focus != null) {
                focus.results();
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

    /** Whether a sample run is part of the report (else: no rates, strata, sample list). */
    static boolean sampled(ReportInput in) {
        return !in.strata().isEmpty();
    }

    private boolean sampled() {
        return sampled(in);
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
}
