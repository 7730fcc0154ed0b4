package org.inspect.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UpperBoundTest {

    /** Zero deviations: 1 − (1 − c)^(1/n); with deviations: published Clopper–Pearson one-sided values. */
    static Stream<Arguments> bounds() {
        return Stream.of(
                Arguments.of(0, 59, 0.95, 1 - Math.pow(0.05, 1.0 / 59)),
                Arguments.of(0, 29, 0.95, 1 - Math.pow(0.05, 1.0 / 29)),
                Arguments.of(0, 45, 0.90, 1 - Math.pow(0.10, 1.0 / 45)),
                Arguments.of(1, 10, 0.95, 0.3942),
                Arguments.of(5, 5, 0.95, 1.0),
                Arguments.of(0, 0, 0.95, 1.0));
    }

    @ParameterizedTest
    @MethodSource("bounds")
    void givesTheOneSidedClopperPearsonBound(int k, int n, double confidence, double expected) {
        assertEquals(expected, org.inspect.sampling.SampleSize.reportedUpperBound(n, k, java.math.BigDecimal.valueOf(confidence)), 1e-4);
    }
}
