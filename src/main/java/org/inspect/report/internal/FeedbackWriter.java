package org.inspect.report.internal;

import com.itextpdf.layout.properties.TextAlignment;
import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.inspect.model.Counties;
import org.inspect.report.FeedbackInput;
import org.inspect.report.FeedbackInput.Coverage;
import org.inspect.report.FeedbackInput.Listing;
import org.inspect.report.FeedbackInput.Row;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Lays out the compare feedback form (比对结果反馈表, clause 二（一）): one file per county with the city's coverage
 * table and chart, then the county's uncovered, unmatched and split households and, month on month, the changes.
 * Names and identity numbers are masked unless full data was asked for.
 */
public final class FeedbackWriter {

    private static final float[] WIDTHS = {6, 13, 13, 13, 11, 18, 17, 9};

    private final FeedbackInput in;
    private final Template t;
    private final Wording w;
    private final FontLoader fonts;
    private final Redactor redactor;

    public FeedbackWriter(FeedbackInput in, Template feedback, Wording wording, FontLoader fonts) {
        this.in = in;
        this.t = feedback;
        this.w = wording;
        this.fonts = fonts;
        this.redactor = new Redactor(in.fullData(), in.rows().stream().flatMap(r -> r.names().stream()).toList());
    }

    /** One file per county that has coverage figures or listed households, in county-code order. */
    public List<Path> write(Path dir) {
        TreeSet<String> counties = new TreeSet<>();
        in.coverage().forEach(c -> counties.add(c.countyCode()));
        in.rows().forEach(r -> counties.add(r.countyCode()));
        byte[] chart = Charts.png(chart());
        return Parallel.map(List.copyOf(counties), county -> {
            Path file = dir.resolve(PdfDoc.fileName("feedback-" + org.inspect.export.FileNames.part(county), in.fullData()));
            county(file, county, chart);
            return file;
        });
    }

    private void county(Path file, String county, byte[] chart) {
        Map<String, Object> v = Map.of("county", Counties.name(county), "snapshot", in.snapshotLabel(),
                "against", in.againstLabel() == null ? "" : in.againstLabel(), "run", in.runId(),
                "date", w.date(in.campaign().issueDate()));
        try (PdfDoc doc = new PdfDoc(file, fonts, w.common(), w.lang(), in.fullData())) {
            doc.part(w.header(in.campaign().name(), t.text("header", v)), true);
            doc.title(t.text("title", v), 17);
            t.paragraphs("body", v).forEach(doc::para);
            if (in.againstLabel() != null) {
                t.paragraphs("body.monthly", v).forEach(doc::para);
            }
            doc.heading(t.text("summary.heading"));
            doc.table(t.text("summary.table"), new float[] {22, 16, 16, 14, 16, 16}, summaryRows(county), 9.5f,
                    new boolean[] {false, true, true, true, true, true});
            doc.figure(chart, t.text("chart.caption"));
            doc.heading(t.text("lists.heading"));
            for (Listing listing : Listing.values()) {
                if (listing.ordinal() > Listing.SPLIT.ordinal() && in.againstLabel() == null) {
                    continue;
                }
                list(doc, county, listing);
            }
            doc.add(doc.plain(t.text("signature", v)).setTextAlignment(TextAlignment.RIGHT).setMarginTop(30)
                    .setMarginRight(24).setKeepWithNext(true));
            doc.add(doc.plain(t.text("date", v)).setTextAlignment(TextAlignment.RIGHT).setMarginRight(24));
        }
    }

    private List<List<String>> summaryRows(String county) {
        List<List<String>> rows = new ArrayList<>();
        long[] total = new long[4];
        for (Coverage c : in.coverage()) {
            String name = Counties.name(c.countyCode()) + (c.countyCode().equals(county) ? t.text("summary.this") : "");
            rows.add(List.of(name, n(c.registered()), n(c.covered()), w.percent(c.rate()), n(c.uncoveredMatched()),
                    n(c.unmatched())));
            total[0] += c.registered();
            total[1] += c.covered();
            total[2] += c.uncoveredMatched();
            total[3] += c.unmatched();
        }
        double rate = total[0] == 0 ? 1.0 : (double) total[1] / total[0];
        rows.add(List.of(t.text("summary.total"), n(total[0]), n(total[1]), w.percent(rate), n(total[2]), n(total[3])));
        return rows;
    }

    private void list(PdfDoc doc, String county, Listing listing) {
        List<Row> rows = in.rows().stream().filter(r -> r.listing() == listing && r.countyCode().equals(county)).toList();
        doc.subheading(t.text("section." + listing.name(), Map.of("count", rows.size())));
        if (rows.isEmpty()) {
            doc.para(t.text("empty"));
            return;
        }
        List<List<String>> cells = new ArrayList<>();
        int i = 1;
        for (Row r : rows) {
            cells.add(List.of(String.valueOf(i++), nz(r.township()), nz(r.poorHouseholdId()), nz(r.householdId()),
                    String.join("、", r.names().stream().map(redactor::name).toList()),
                    String.join("\n", r.idNumbers().stream().map(redactor::id).toList()),
                    redactor.text(r.facts()) + (r.date() == null ? "" : "（" + w.date(r.date()) + "）"),
                    redactor.text(r.conclusion())));
        }
        doc.table(t.text("table"), WIDTHS, cells, 8f, null);
    }

    /** Coverage rate by county as bars labelled with the percentage. */
    private JFreeChart chart() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Coverage c : in.coverage()) {
            data.addValue(100 * c.rate(), t.text("chart.series"), Counties.name(c.countyCode()));
        }
        JFreeChart chart = ChartFactory.createBarChart(null, t.text("chart.axis.county"), t.text("chart.axis.rate"),
                data, PlotOrientation.VERTICAL, false, false, false);
        StandardChartTheme theme = Charts.theme(fonts);
        theme.apply(chart);
        NumberAxis range = (NumberAxis) chart.getCategoryPlot().getRangeAxis();
        range.setRange(0, 105);
        // eight county names side by side: let a long one (泰安高新区) use two lines rather than an ellipsis
        chart.getCategoryPlot().getDomainAxis().setMaximumCategoryLabelLines(2);
        chart.getCategoryPlot().getDomainAxis().setMaximumCategoryLabelWidthRatio(1.2f);
        BarRenderer r = (BarRenderer) chart.getCategoryPlot().getRenderer();
        r.setSeriesPaint(0, new Color(0x1f4e79));
        r.setMaximumBarWidth(0.12);
        r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new java.text.DecimalFormat("0.0")));
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(theme.getSmallFont());
        return chart;
    }

    private static String n(long v) {
        return Long.toString(v);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
