package org.inspect.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.inspect.model.Counties;
import org.inspect.model.Finding;
import org.inspect.model.Rule;
import org.inspect.report.Fixtures;
import org.inspect.report.Lang;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

/** The numbers drawn in the charts are those of the findings and strata. */
class ChartDataTest {

    private final Templates templates = new Templates(Path.of("templates"));
    private final Charts charts = new Charts(new FontLoader(Fonts.locate(Path.of("config/fonts.properties"))),
            templates.load("report", Lang.ZH), templates.load("common", Lang.ZH));
    private final Wording words = new Wording(templates.load("common", Lang.ZH), Lang.ZH);
    private final Figures figures = new Figures(Fixtures.report(false));

    @Test
    void findingsChartStacksEachCountysFindingsByRule() {
        CategoryDataset data = charts.findingsByCounty(figures).getCategoryPlot().getDataset();
        Map<String, Map<Rule, Long>> expected = Fixtures.findings().stream().collect(Collectors.groupingBy(
                Finding::countyCode, Collectors.groupingBy(Finding::rule, Collectors.counting())));
        assertEquals(expected.size(), data.getColumnCount());
        int drawn = 0;
        for (int r = 0; r < data.getRowCount(); r++) {
            for (int c = 0; c < data.getColumnCount(); c++) {
                drawn += data.getValue(r, c).intValue();
            }
        }
        assertEquals(Fixtures.findings().size(), drawn);
        expected.forEach((county, rules) -> rules.forEach((rule, n) -> assertEquals(n.intValue(),
                data.getValue(words.rule(rule), Counties.name(county)).intValue(), county + " " + rule)));
    }

    @Test
    void rateChartShowsEachCountysDeviationRateAndUpperBound() {
        JFreeChart chart = charts.rates(figures, "全市");
        CategoryDataset data = chart.getCategoryPlot().getDataset();
        // 泰山区: strata samples 6+4+3 with 2+1+0 deviations
        assertEquals(100.0 * 3 / 13, data.getValue("样本偏差率", "泰山区").doubleValue(), 1e-9);
        assertEquals(100 * org.inspect.sampling.SampleSize.reportedUpperBound(13, 3, java.math.BigDecimal.valueOf(0.95)),
                data.getValue("偏差率上限", "泰山区").doubleValue(), 1e-9);
        assertEquals(100.0 * 7 / 36, chart.getCategoryPlot().getRangeMarkers(
                org.jfree.chart.ui.Layer.FOREGROUND).iterator().next() instanceof org.jfree.chart.plot.ValueMarker m
                ? m.getValue() : -1, 1e-9);
    }

    @Test
    void compositionChartAddsUpToTheSample() {
        CategoryDataset data = charts.composition(figures.composition(s -> s.program() + s.outcome()))
                .getCategoryPlot().getDataset();
        assertEquals(6, data.getValue("DIBAOAPPROVED", "宁阳县").intValue());
        int total = 0;
        for (int r = 0; r < data.getRowCount(); r++) {
            for (int c = 0; c < data.getColumnCount(); c++) {
                total += data.getValue(r, c) == null ? 0 : data.getValue(r, c).intValue();
            }
        }
        assertEquals(Fixtures.sample().size(), total);
    }
}
