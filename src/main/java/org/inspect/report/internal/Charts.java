package org.inspect.report.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.inspect.model.Counties;
import org.inspect.model.Rule;
import org.inspect.report.ReportInput.Rectification;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import java.awt.geom.Line2D;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The report's charts (JFreeChart, labels in the document's language, set in the document's CJK font), rendered
 * to PNG at three times their drawn size so that they print sharply.
 */
final class Charts {

    /** Drawn size in pixels; embedded at the full text width (about 467 pt), so 1 px ≈ 0.73 pt. */
    static final int WIDTH = 640;
    static final int HEIGHT = 380;
    private static final Color[] PALETTE = {new Color(0x1f4e79), new Color(0xc0504d), new Color(0x9bbb59),
        new Color(0x8064a2), new Color(0xf79646), new Color(0x4bacc6), new Color(0x7f7f7f)};

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private final StandardChartTheme theme;
    private final Template report;
    private final Template common;

    public Charts(FontLoader fonts, Template report, Template common) {
        this.report = report;
        this.common = common;
        this.theme = theme(fonts);
    }

    /** The house style of every chart: the CJK font, flat bars on white, light grey grid lines. */
    static StandardChartTheme theme(FontLoader fonts) {
        StandardChartTheme theme = new StandardChartTheme("inspect");
        theme.setExtraLargeFont(fonts.awt(18f).deriveFont(Font.BOLD));
        theme.setLargeFont(fonts.awt(15f));
        theme.setRegularFont(fonts.awt(14f));
        theme.setSmallFont(fonts.awt(12f));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(new Color(0xbbbbbb));
        theme.setDomainGridlinePaint(new Color(0xbbbbbb));
        return theme;
    }

    /** Findings per county, one stacked segment per rule. */
    public JFreeChart findingsByCounty(Figures figures) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Rule rule : Rule.values()) {
            if (figures.findings(rule) == 0) {
                continue;
            }
            for (String county : figures.countiesWithFindings()) {
                data.addValue(figures.findings(county, rule), common.text("rule." + rule.name()), Counties.name(county));
            }
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(null, report.text("chart.axis.county"),
                report.text("chart.axis.count"), data, PlotOrientation.VERTICAL, true, false, false);
        return style(chart, true);
    }

    /** Sample deviation rate and its upper bound per county, with the city's rate as a line. */
    public JFreeChart rates(Figures figures, String cityLabel) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (String county : figures.sampledCounties()) {
            data.addValue(100 * figures.rate(county), report.text("chart.series.rate"), Counties.name(county));
            data.addValue(100 * figures.upper(county), report.text("chart.series.upper"), Counties.name(county));
        }
        JFreeChart chart = ChartFactory.createBarChart(null, report.text("chart.axis.county"),
                report.text("chart.axis.rate"), data, PlotOrientation.VERTICAL, true, false, false);
        style(chart, false);
        CategoryPlot plot = chart.getCategoryPlot();
        ValueMarker city = new ValueMarker(100 * figures.rate(), new Color(0xc00000), new BasicStroke(2f,
                BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {8f, 5f}, 0f));
        plot.addRangeMarker(city);
        // the city average goes into the legend: a label on the line would sit on top of the bars
        LegendItemCollection legend = plot.getLegendItems();
        LegendItem line = new LegendItem(cityLabel, null, null, null, new Line2D.Double(-9, 0, 9, 0), city.getStroke(),
                city.getPaint());
        line.setLabelFont(theme.getRegularFont());
        legend.add(line);
        plot.setFixedLegendItems(legend);
        plot.getRangeAxis().setUpperMargin(0.12);
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new java.text.DecimalFormat("0.0")));
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(theme.getSmallFont());
        return chart;
    }

    /** Sample size per county, stacked by stratum label (programme · outcome). */
    public JFreeChart composition(Map<String, Map<String, Integer>> byLabel) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        // every label gets every county (0 where it has none), so that the counties keep the city's order
        List<String> order = new java.util.ArrayList<>(Counties.TAIAN.keySet());
        List<String> counties = byLabel.values().stream().flatMap(m -> m.keySet().stream()).distinct()
                .sorted(java.util.Comparator.comparingInt((String c) -> order.contains(c) ? order.indexOf(c)
                        : order.size()).thenComparing(c -> c)).toList();
        byLabel.forEach((label, perCounty) -> counties.forEach(county ->
                data.addValue(perCounty.getOrDefault(county, 0), label, Counties.name(county))));
        JFreeChart chart = ChartFactory.createStackedBarChart(null, report.text("chart.axis.county"),
                report.text("chart.axis.sample"), data, PlotOrientation.VERTICAL, true, false, false);
        return style(chart, true);
    }

    /** A stacked bar chart in the house style (the bulletin's items per state and county). */
    public JFreeChart stacked(DefaultCategoryDataset data, String xLabel, String yLabel) {
        return style(ChartFactory.createStackedBarChart(null, xLabel, yLabel, data, PlotOrientation.VERTICAL, true,
                false, false), true);
    }

    /** Findings per county by rectification status. */
    public JFreeChart rectification(List<String> counties, Map<String, Rectification> status) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (String county : counties) {
            Rectification r = status.get(county);
            if (r == null) {
                continue;
            }
            data.addValue(r.open(), report.text("status.open"), Counties.name(county));
            data.addValue(r.rectified(), report.text("status.rectified"), Counties.name(county));
            data.addValue(r.verified(), report.text("status.verified"), Counties.name(county));
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(null, report.text("chart.axis.county"),
                report.text("chart.axis.count"), data, PlotOrientation.VERTICAL, true, false, false);
        return style(chart, true);
    }

    private JFreeChart style(JFreeChart chart, boolean integers) {
        theme.apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        for (int i = 0; i < PALETTE.length; i++) {
            renderer.setSeriesPaint(i, PALETTE[i]);
        }
        renderer.setMaximumBarWidth(0.12);
        // eight counties share the width: a long name (泰安高新区) wraps onto a second line instead of "..."
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        plot.getDomainAxis().setCategoryMargin(0.15);
        if (integers) {
            ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        return chart;
    }

    /** The chart as a PNG at three times {@link #WIDTH} × {@link #HEIGHT}. */
    public static byte[] png(JFreeChart chart) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeScaledChartAsPNG(out, chart, WIDTH, HEIGHT, 3, 3);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
