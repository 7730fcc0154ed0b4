package org.inspect.report.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.inspect.model.Counties;
import org.inspect.model.Finding;
import org.inspect.model.Rule;
import org.inspect.report.ReportInput;
import org.inspect.report.ReportInput.Stratum;
import org.inspect.sampling.SampleSize;

/** The figures of the report, computed once from its input, so that tables, sentences and charts agree. */
final class Figures {

    private final ReportInput in;
    private final List<String> counties;
    private final Map<String, Map<Rule, Integer>> byCountyAndRule = new LinkedHashMap<>();

    public Figures(ReportInput in) {
        this.in = in;
        this.counties = countiesOf(in);
        for (String c : counties) {
            byCountyAndRule.put(c, new EnumMap<>(Rule.class));
        }
        for (Finding f : in.findings()) {
            byCountyAndRule.get(f.countyCode()).merge(f.rule(), 1, Integer::sum);
        }
    }

    /** Every county that appears in the strata, the findings or the rectification, in the city's order. */
    static List<String> countiesOf(ReportInput in) {
        List<String> codes = new ArrayList<>();
        in.strata().forEach(s -> codes.add(s.countyCode()));
        in.findings().forEach(f -> codes.add(f.countyCode()));
        codes.addAll(in.rectification().keySet());
        List<String> order = new ArrayList<>(Counties.TAIAN.keySet());
        return codes.stream().distinct().sorted(Comparator.comparingInt((String c) -> order.contains(c)
                ? order.indexOf(c) : order.size()).thenComparing(c -> c)).toList();
    }

    public List<String> counties() {
        return counties;
    }

    public int findings(String county, Rule rule) {
        return byCountyAndRule.getOrDefault(county, Map.of()).getOrDefault(rule, 0);
    }

    public int findings(String county) {
        return byCountyAndRule.getOrDefault(county, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
    }

    public int findings(Rule rule) {
        return (int) in.findings().stream().filter(f -> f.rule() == rule).count();
    }

    public int countiesWith(Rule rule) {
        return (int) counties.stream().filter(c -> findings(c, rule) > 0).count();
    }

    public List<String> countiesWithFindings() {
        return counties.stream().filter(c -> findings(c) > 0).toList();
    }

    public int sample(String county) {
        return strataOf(county).stream().mapToInt(Stratum::sampleSize).sum();
    }

    public int deviations(String county) {
        return strataOf(county).stream().mapToInt(Stratum::deviations).sum();
    }

    public int sample() {
        return in.strata().stream().mapToInt(Stratum::sampleSize).sum();
    }

    public int deviations() {
        return in.strata().stream().mapToInt(Stratum::deviations).sum();
    }

    public long frame() {
        return in.strata().stream().mapToLong(Stratum::frameSize).sum();
    }

    public double rate(String county) {
        int n = sample(county);
        return n == 0 ? 0 : (double) deviations(county) / n;
    }

    public double rate() {
        return sample() == 0 ? 0 : (double) deviations() / sample();
    }

    /** Upper bound for a county, pooling its strata (unweighted: each sampled case counts once). */
    public double upper(String county) {
        return SampleSize.reportedUpperBound(sample(county), deviations(county), confidence());
    }

    public double upper() {
        return SampleSize.reportedUpperBound(sample(), deviations(), confidence());
    }

    /** The plan's confidence as the decimal the tables' bounds were computed with (0.95, not 0.9499999…). */
    private java.math.BigDecimal confidence() {
        return java.math.BigDecimal.valueOf(in.confidence());
    }

    /** Counties that were sampled (have strata), in order. */
    public List<String> sampledCounties() {
        return counties.stream().filter(c -> sample(c) > 0).toList();
    }

    /** Stratum label (programme · outcome) → county → sample size. */
    public Map<String, Map<String, Integer>> composition(java.util.function.Function<Stratum, String> label) {
        Map<String, Map<String, Integer>> result = new TreeMap<>();
        for (Stratum s : in.strata()) {
            result.computeIfAbsent(label.apply(s), k -> new LinkedHashMap<>()).merge(s.countyCode(), s.sampleSize(),
                    Integer::sum);
        }
        return result;
    }

    private List<Stratum> strataOf(String county) {
        return in.strata().stream().filter(s -> s.countyCode().equals(county)).toList();
    }
}
