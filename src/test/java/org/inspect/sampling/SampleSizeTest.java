package org.inspect.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.stream.Stream;

import org.inspect.error.BadInputException;
import org.inspect.sampling.internal.Distributions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class SampleSizeTest {

    static Stream<Arguments> publishedSizes() {
        return Stream.of(
                Arguments.of("95%", "5%", "0", 59),
                Arguments.of("90%", "5%", "0", 45),
                Arguments.of("95%", "10%", "0", 29),
                Arguments.of("95%", "5%", "1%", 93),
                Arguments.of("0.95", "0.05", "0.01", 93));
    }

    @ParameterizedTest(name = "{0} / {1} / {2} → {3}")
    @MethodSource("publishedSizes")
    void givesThePublishedAttributeSampleSizes(String confidence, String tolerable, String expected, int n) {
        assertEquals(n, SampleSize.attribute(rate(confidence), rate(tolerable), rate(expected)));
    }

    @Test
    void allowsDeviationsByTheExactCeilingOfExpectedTimesN() {
        // 0.07 × 100 is 7.000000000000001 in binary floating point; exactly 7 in decimal.
        assertEquals(7, SampleSize.allowedDeviations(new BigDecimal("0.07"), 100));
        assertEquals(1, SampleSize.allowedDeviations(new BigDecimal("0.01"), 93));
        assertEquals(0, SampleSize.allowedDeviations(BigDecimal.ZERO, 59));
    }

    @Test
    void hypergeometricSizeApproachesTheBinomialForALargePopulation() {
        assertEquals(59, SampleSize.attribute(rate("95%"), rate("5%"), BigDecimal.ZERO, 1_000_000));
    }

    @Test
    void hypergeometricSizeIsSmallerForASmallStratum() {
        int n = SampleSize.attribute(rate("95%"), rate("10%"), BigDecimal.ZERO, 50);
        assertTrue(n < 29, "n = " + n);
        // The size found is the smallest that reaches 95 %: with D = 5 deviations in 50, miss them all ≤ 5 %.
        assertTrue(Distributions.hypergeometricCdf(0, 50, 5, n) <= 0.05);
        assertTrue(Distributions.hypergeometricCdf(0, 50, 5, n - 1) > 0.05);
    }

    @Test
    void hypergeometricSizeOfATinyStratumIsTheWholeStratumWhenNothingSmallerSuffices() {
        // 2 cases, tolerable 50 % ⇒ 1 deviation; a sample of 1 misses it half the time.
        assertEquals(2, SampleSize.attribute(rate("95%"), rate("50%"), BigDecimal.ZERO, 2));
    }

    @ParameterizedTest(name = "N={0} D={1} n={2}")
    @CsvSource({"20, 3, 7", "50, 5, 20", "12, 6, 6", "30, 1, 29"})
    void hypergeometricCdfMatchesExactCombinatorics(int population, int defective, int n) {
        for (int k = 0; k <= Math.min(n, defective); k++) {
            BigInteger hits = BigInteger.ZERO;
            for (int x = 0; x <= k; x++) {
                hits = hits.add(choose(defective, x).multiply(choose(population - defective, n - x)));
            }
            double exact = new BigDecimal(hits).divide(new BigDecimal(choose(population, n)), MathContext.DECIMAL64)
                    .doubleValue();
            assertEquals(exact, Distributions.hypergeometricCdf(k, population, defective, n), 1e-12, "k=" + k);
        }
    }

    @ParameterizedTest(name = "n={0} p={2}")
    @CsvSource({"10, 3, 0.2", "59, 0, 0.05", "93, 1, 0.05", "40, 39, 0.9"})
    void binomialCdfMatchesExactSums(int n, int k, double p) {
        BigDecimal bp = new BigDecimal(p);
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i <= k; i++) {
            sum = sum.add(new BigDecimal(choose(n, i)).multiply(bp.pow(i)).multiply(BigDecimal.ONE.subtract(bp)
                    .pow(n - i)));
        }
        assertEquals(sum.doubleValue(), Distributions.binomialCdf(k, n, p), 1e-12);
    }

    @Test
    void upperBoundOfOneDeviationInAHundredIsFourPointSevenPercent() {
        assertEquals(0.0466, SampleSize.upperBound(100, 1, rate("95%")), 0.00005);
    }

    @Test
    void upperBoundWithNoDeviationIsTheClosedForm() {
        assertEquals(1 - Math.pow(0.05, 1.0 / 59), SampleSize.upperBound(59, 0, rate("95%")), 1e-15);
    }

    @ParameterizedTest(name = "n={0} k={1}")
    @CsvSource({"100, 1", "30, 5", "500, 17", "7, 6"})
    void upperBoundLeavesExactlyOneMinusConfidenceBelowIt(int n, int k) {
        double p = SampleSize.upperBound(n, k, rate("90%"));
        assertEquals(0.10, Distributions.binomialCdf(k, n, p), 1e-9);
    }

    @Test
    void upperBoundOfAllDeviationsIsOne() {
        assertEquals(1.0, SampleSize.upperBound(5, 5, rate("95%")));
    }

    @Test
    void refusesAnExpectedRateThatIsNotBelowTheTolerable() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> SampleSize.attribute(rate("95%"), rate("5%"), rate("5%")));
        assertTrue(e.getMessage().contains("below the tolerable rate 5%"), e.getMessage());
    }

    @Test
    void refusesAConfidenceOfAHundredPercent() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> SampleSize.attribute(rate("100%"), rate("5%"), BigDecimal.ZERO));
        assertTrue(e.getMessage().startsWith("confidence 100%"), e.getMessage());
    }

    private static BigDecimal rate(String text) {
        return Rates.parse(text, "rate");
    }

    private static BigInteger choose(int n, int k) {
        BigInteger r = BigInteger.ONE;
        for (int i = 1; i <= k; i++) {
            r = r.multiply(BigInteger.valueOf(n - k + i)).divide(BigInteger.valueOf(i));
        }
        return r;
    }
}
