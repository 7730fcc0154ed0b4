package org.inspect.report.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inspect.model.Counties;
import org.inspect.model.Rule;
import org.inspect.model.Severity;
import org.inspect.report.ReportInput;

/** The report's summary (概述): the rolls and the sample in figures, the headlines, findings by rule, rates. */
record ReportSummary(ReportInput in, Template t, Wording w, Figures figures, PdfDoc pdf) {

    void write() {
        pdf.heading(t.text("summary.heading"));
        Map<String, Object> v = values();
        t.paragraphs(ReportWriter.sampled(in) ? "summary.body" : "summary.body.noSample", v).forEach(pdf::para);
        pdf.subheading(t.text("headline.heading"));
        headlines(v).forEach(pdf::para);
        rulesTable();
        if (ReportWriter.sampled(in)) {
            ratesTable();
        }
    }

    /** The figures the summary's paragraphs and headlines name. */
    private Map<String, Object> values() {
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
        return v;
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
}
