package org.inspect.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.inspect.report.Fixtures;
import org.inspect.report.ReportInput;
import org.junit.jupiter.api.Test;

/**
 * Sample sizes, CDFs and Clopper–Pearson bounds come from one library (Commons Math 3) through one class, and the
 * report's charts and tables print the same bound (issue 12: two hand-written bounds with different edge cases).
 */
class OneStatisticsLibraryTest {

    private static final Path MAIN = Path.of("src/main/java/org/inspect");

    @Test
    void onlyDistributionsComputesProbabilities() throws IOException {
        List<Path> offenders;
        try (Stream<Path> files = Files.walk(MAIN)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.endsWith(Path.of("sampling/internal/Distributions.java")))
                    .filter(p -> {
                        String s = read(p);
                        // a hand-written CDF sums terms in log space; a library call imports commons-math
                        return s.contains("Math.log1p(") || s.contains("org.apache.commons.math3")
                                || s.contains("binomialCdf(") && !p.endsWith(Path.of("sampling/SampleSize.java"));
                    }).toList();
        }
        assertEquals(List.of(), offenders);
        assertTrue(read(MAIN.resolve("sampling/internal/Distributions.java")).contains("org.apache.commons.math3"));
        assertTrue(Files.notExists(MAIN.resolve("report/internal/UpperBound.java")), "the report's own bound is gone");
    }

    @Test
    void theRateChartAndTheTablesPrintThePublishedBound() {
        Figures figures = new Figures(Fixtures.report(false));
        // 泰山区 pools 3 deviations in 13 cases; the exact one-sided 95 % Clopper–Pearson bound (bisection over the
        // exact binomial sum, computed outside the toolkit) is 49.465 %
        assertEquals(0.4946497301513656, figures.upper("370902"), 1e-9);
        // the city: 7 deviations in 36 cases → 33.439 %
        assertEquals(0.3343933379487486, figures.upper(), 1e-9);
        // each stratum's table bound is the same computation: 宁阳县 DIBAO/REJECTED, 1 deviation in 4 cases
        ReportInput.Stratum s = Fixtures.strata().stream()
                .filter(x -> x.countyCode().equals("370921") && x.outcome().equals("REJECTED")).findFirst().orElseThrow();
        assertEquals(0.7513953742698186, s.upperBound(), 1e-9);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
