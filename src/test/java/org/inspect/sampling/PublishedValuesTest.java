package org.inspect.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sample sizes and upper deviation limits against published attribute-sampling tables (AICPA Audit Sampling guide,
 * tables for zero expected deviations and the 95 % evaluation table, to 0.1 %), and
 * the exact one-sided Clopper–Pearson bound of 1 deviation in 10 cases.
 */
class PublishedValuesTest {

    static Stream<Arguments> sizes() {
        return Stream.of(Arguments.of("95%", "5%", 59), Arguments.of("95%", "10%", 29),
                Arguments.of("90%", "5%", 45), Arguments.of("90%", "10%", 22), Arguments.of("95%", "2%", 149),
                Arguments.of("99%", "5%", 90));
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void sampleSizeWithNoExpectedDeviationMatchesTheTable(String confidence, String tolerable, int n) {
        assertEquals(n, SampleSize.attribute(Rates.parse(confidence, "confidence"), Rates.parse(tolerable, "tolerable"), BigDecimal.ZERO));
    }

    static Stream<Arguments> limits() {
        // n, deviations, published upper limit at 95 % (in %, to 0.1)
        return Stream.of(Arguments.of(100, 1, 4.7), Arguments.of(100, 2, 6.2), Arguments.of(50, 0, 5.8),
                Arguments.of(50, 1, 9.1), Arguments.of(25, 1, 17.6), Arguments.of(59, 0, 5.0), Arguments.of(100, 0, 3.0));
    }

    @ParameterizedTest
    @MethodSource("limits")
    void upperLimitMatchesThePublishedTable(int n, int k, double percent) {
        double bound = SampleSize.upperBound(n, k, new BigDecimal("0.95"));
        assertEquals(percent, Math.round(bound * 1000) / 10.0, 1e-9, "bound " + bound);
    }

    @ParameterizedTest
    @MethodSource("exact")
    void oneSidedClopperPearsonBound(int k, int n, String confidence, double expected) {
        assertEquals(expected, SampleSize.upperBound(n, k, Rates.parse(confidence, "confidence")), 1e-4);
    }

    static Stream<Arguments> exact() {
        return Stream.of(Arguments.of(1, 10, "95%", 0.3942), Arguments.of(0, 45, "90%", 1 - Math.pow(0.10, 1.0 / 45)),
                Arguments.of(5, 5, "95%", 1.0));
    }
}
