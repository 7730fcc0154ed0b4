package org.inspect.report.internal;

import com.itextpdf.layout.properties.TextAlignment;
import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.inspect.model.Counties;
import org.inspect.model.Rule;
import org.inspect.rectification.Anchor;
import org.inspect.rectification.Item;
import org.inspect.rectification.Progress;
import org.inspect.rectification.Rectification;
import org.inspect.rectification.State;
import org.inspect.report.BulletinInput;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Lays out the progress bulletin (整改进展情况通报): the city's figures in one sentence, the table by county, the
 * stacked bar of states by county and the line of closures over time, the overdue items per county (the first
 * {@link #LISTED} of each; the complete list is a spreadsheet) and the responses the rolls contradict.
 */
public final class BulletinWriter {

    /** Overdue items listed per county; a short document, the rest goes to {@code rectify list --format xlsx}. */
    static final int LISTED = 15;

    private final BulletinInput in;
    private final Template t;
    private final Wording w;
    private final FontLoader fonts;

    public BulletinWriter(BulletinInput in, Template bulletin, Wording wording, FontLoader fonts) {
        this.in = in;
        this.t = bulletin;
        this.w = wording;
        this.fonts = fonts;
    }

    public void write(Path file) {
        Progress p = in.progress();
        Map<String, Object> v = Map.of("asOf", w.date(p.asOf()), "date", w.date(p.asOf()),
                "campaign", in.campaign().name(), "number", in.number() == null ? "" : in.number());
        try (PdfDoc doc = new PdfDoc(file, fonts, w.common(), w.lang())) {
            doc.part(w.header(in.campaign().name(), t.text(in.number() == null ? "header" : "header.numbered", v)),
                    false);
            if (in.number() != null) {
                // the 文号 above the title, centred, as an official circular carries it
                doc.add(doc.plain(in.number()).setTextAlignment(TextAlignment.CENTER).setMarginBottom(6));
            }
            doc.title(t.text("title", v), 17);
            t.paragraphs("body", v).forEach(doc::para);
            doc.para(t.text("summary", summary(p)));
            doc.heading(t.text("table.heading"));
            doc.table(t.text("table"), new float[] {14, 7, 8, 8, 7, 8, 8, 9, 7, 10, 12}, table(p), 8.5f,
                    new boolean[] {false, true, true, true, true, true, true, true, true, true, true});
            doc.figure(Charts.png(states(p)), t.text("chart.states"));
            if (!p.closures().isEmpty()) {
                doc.figure(Charts.png(closures(p)), t.text("chart.closures"));
            }
            overdue(doc, p);
            contradicted(doc, p);
            doc.heading(t.text("requirements.heading"));
            t.paragraphs("requirements", v).forEach(doc::para);
            for (String unit : in.campaign().issuingUnits()) {
                doc.add(doc.plain(unit).setTextAlignment(TextAlignment.RIGHT).setMarginRight(24));
            }
            doc.add(doc.plain(t.text("date", v)).setTextAlignment(TextAlignment.RIGHT).setMarginRight(24));
            anchor(doc);
        }
    }

    /** The checkpoint line: short, in small print, the whole signature (a later rewrite is caught against it). */
    private void anchor(PdfDoc doc) {
        Anchor.Checkpoint c = in.checkpoint();
        if (c == null || !t.has("anchor")) {
            if (t.has("anchor.unverified") && c == null) {
                doc.add(doc.plain(t.text("anchor.unverified")).setFontSize(7).setMarginTop(12));
            }
            return;
        }
        Map<String, Object> v = Map.of("seq", c.seq(), "key", c.key(), "checkpoint", c.shortText());
        // kept on one page: a checkpoint broken by a page's footer could not be read back from the printed bulletin
        doc.add(doc.plain(t.text("anchor", v)).setFontSize(7).setMarginTop(12).setKeepTogether(true));
    }

    private Map<String, Object> summary(Progress p) {
        Progress.County c = p.total();
        return Map.ofEntries(Map.entry("items", c.items()), Map.entry("closed", c.count(State.CLOSED)),
                Map.entry("rate", w.percent(c.closureRate())), Map.entry("responded", c.count(State.RESPONDED)),
                Map.entry("contested", c.count(State.CONTESTED)),
                Map.entry("waiting", c.count(State.ISSUED) + c.count(State.REOPENED)),
                Map.entry("withdrawn", c.count(State.WITHDRAWN)), Map.entry("overdue", c.overdue()),
                Map.entry("contradicted", c.contradicted()), Map.entry("days", days(c.meanDaysToClose())));
    }

    private static String days(Double d) {
        return d == null ? "-" : String.format(Locale.ROOT, "%.1f", d);
    }

    private List<List<String>> table(Progress p) {
        List<List<String>> rows = new ArrayList<>();
        for (Progress.County c : p.counties()) {
            rows.add(row(Counties.name(c.code()), c));
        }
        rows.add(row(t.text("total"), p.total()));
        return rows;
    }

    private List<String> row(String name, Progress.County c) {
        List<String> r = new ArrayList<>(List.of(name, String.valueOf(c.items())));
        for (State s : State.values()) {
            r.add(String.valueOf(c.count(s)));
        }
        r.add(String.valueOf(c.overdue()));
        r.add(w.percent(c.closureRate()));
        r.add(days(c.meanDaysToClose()));
        return r;
    }

    private JFreeChart states(Progress p) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (State s : State.values()) {
            for (Progress.County c : p.counties()) {
                data.addValue(c.count(s), s.chinese(), Counties.name(c.code()));
            }
        }
        return new Charts(fonts, t, w.common()).stacked(data, t.text("chart.axis.county"), t.text("chart.axis.count"));
    }

    private JFreeChart closures(Progress p) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Progress.Closure c : p.closures()) {
            // labelled with the campaign's days, the month and day of each (4月2日)
            data.addValue(c.cumulative(), t.text("chart.series.closed"), t.text("chart.day",
                    Map.of("month", c.day().getMonthValue(), "day", c.day().getDayOfMonth())));
        }
        JFreeChart chart = ChartFactory.createLineChart(null, t.text("chart.axis.day"), t.text("chart.axis.count"),
                data, PlotOrientation.VERTICAL, false, false, false);
        Charts.theme(fonts).apply(chart);
        LineAndShapeRenderer r = (LineAndShapeRenderer) chart.getCategoryPlot().getRenderer();
        r.setSeriesPaint(0, new Color(0x1f4e79));
        r.setSeriesStroke(0, new BasicStroke(2f));
        r.setDefaultShapesVisible(true);
        chart.getCategoryPlot().getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        return chart;
    }

    private void overdue(PdfDoc doc, Progress p) {
        doc.heading(t.text("overdue.heading"));
        if (p.overdue().isEmpty()) {
            doc.para(t.text("overdue.none"));
            return;
        }
        for (Progress.County c : p.counties()) {
            List<Rectification.Row> rows = p.overdue().stream().filter(r -> r.item().countyCode().equals(c.code()))
                    .toList();
            if (rows.isEmpty()) {
                continue;
            }
            doc.subheading(t.text("overdue.county", Map.of("county", Counties.name(c.code()), "count", rows.size())));
            List<List<String>> cells = new ArrayList<>();
            int n = 1;
            for (Rectification.Row r : rows.subList(0, Math.min(LISTED, rows.size()))) {
                Item i = r.item();
                cells.add(List.of(String.valueOf(n++), i.noticeNumber() + "-" + i.itemNo(), rule(i.rule()),
                        nz(i.householdId()), w.date(i.deadline()),
                        String.valueOf(ChronoUnit.DAYS.between(i.deadline(), p.asOf())), i.state().chinese()));
            }
            doc.table(t.text("overdue.table"), new float[] {6, 26, 16, 18, 14, 9, 11}, cells, 8.5f,
                    new boolean[] {true, false, false, false, false, true, false});
            if (rows.size() > LISTED) {
                doc.para(t.text("overdue.more", Map.of("count", rows.size() - LISTED, "asOf", p.asOf())));
            }
        }
    }

    private void contradicted(PdfDoc doc, Progress p) {
        doc.heading(t.text("contradicted.heading"));
        if (p.contradicted().isEmpty()) {
            doc.para(t.text("contradicted.none"));
            return;
        }
        doc.para(t.text("contradicted.body"));
        List<List<String>> cells = new ArrayList<>();
        int n = 1;
        for (Rectification.Row r : p.contradicted()) {
            Item i = r.item();
            cells.add(List.of(String.valueOf(n++), String.valueOf(i.id()), Counties.name(i.countyCode()),
                    i.noticeNumber() + "-" + i.itemNo(), rule(i.rule()), nz(i.householdId())));
        }
        doc.table(t.text("contradicted.table"), new float[] {6, 8, 14, 28, 22, 22}, cells, 8.5f,
                new boolean[] {true, true, false, false, false, false});
    }

    private String rule(String rule) {
        try {
            return w.rule(Rule.valueOf(rule));
        } catch (IllegalArgumentException e) {
            return rule;
        }
    }

    private static String nz(String s) {
        return s == null ? "-" : s;
    }
}
