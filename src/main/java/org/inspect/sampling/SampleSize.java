package org.inspect.sampling;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.inspect.error.BadInputException;
import org.inspect.sampling.internal.Distributions;

/**
 * Attribute-sampling sizes and the Clopper–Pearson upper bound of a deviation rate (spec "Sample size",
 * "Evaluation"). A size is the smallest n such that, with k = ⌈expected × n⌉ deviations allowed,
 * P(X ≤ k | n, tolerable) ≤ 1 − confidence.
 */
public final class SampleSize {

    /** The largest binomial sample searched; beyond it the parameters are not a practical plan. */
    public static final int MAX_BINOMIAL_N = 100_000;

    private SampleSize() {
    }

    /** The binomial (infinite population) sample size, e.g. 95 % / 5 % / 0 → 59. */
    public static int attribute(BigDecimal confidence, BigDecimal tolerable, BigDecimal expected) {
        check(confidence, tolerable, expected);
        double alpha = BigDecimal.ONE.subtract(confidence).doubleValue();
        double p = tolerable.doubleValue();
        for (int n = 1; n <= MAX_BINOMIAL_N; n++) {
            if (Distributions.binomialCdf(allowedDeviations(expected, n), n, p) <= alpha) {
                return n;
            }
        }
        throw new BadInputException("no sample of at most " + MAX_BINOMIAL_N + " reaches confidence "
                + Rates.percent(confidence) + " for tolerable " + Rates.percent(tolerable) + " and expected "
                + Rates.percent(expected) + ": widen the gap between the tolerable and the expected rate");
    }

    /**
     * The hypergeometric sample size for a population of {@code population} cases, of which
     * ⌈tolerable × population⌉ would be deviations at the tolerable rate; the whole population when no
     * smaller sample suffices (a census).
     */
    public static int attribute(BigDecimal confidence, BigDecimal tolerable, BigDecimal expected, long population) {
        check(confidence, tolerable, expected);
        if (population < 1 || population > Integer.MAX_VALUE) {
            throw new BadInputException("population " + population + " is out of range: it must be 1 to "
                    + Integer.MAX_VALUE);
        }
        long defective = tolerable.multiply(BigDecimal.valueOf(population))
                .setScale(0, RoundingMode.CEILING).longValueExact();
        double alpha = BigDecimal.ONE.subtract(confidence).doubleValue();
        for (int n = 1; n < population; n++) {
            if (Distributions.hypergeometricCdf(allowedDeviations(expected, n), population, defective, n) <= alpha) {
                return n;
            }
        }
        return (int) population;
    }

    /** k = ⌈expected × n⌉, computed exactly in decimal. */
    public static int allowedDeviations(BigDecimal expected, int n) {
        return expected.multiply(BigDecimal.valueOf(n)).setScale(0, RoundingMode.CEILING).intValueExact();
    }

    /**
     * The one-sided Clopper–Pearson upper bound of the deviation rate after finding {@code k} deviations in
     * {@code n} cases: the p at which P(X ≤ k | n, p) = 1 − confidence (the inverse beta distribution of Commons
     * Math, see {@link Distributions#clopperPearsonUpper}); 1 − (1 − confidence)^(1/n) for k = 0, and 1 for k = n.
     */
    public static double upperBound(int n, int k, BigDecimal confidence) {
        if (n < 1 || k < 0 || k > n) {
            throw new BadInputException("deviations " + k + " in a sample of " + n
                    + ": the sample must have at least one case and 0 ≤ deviations ≤ sample");
        }
        checkOpen(confidence, "confidence");
        return Distributions.clopperPearsonUpper(k, n, confidence.doubleValue());
    }

    /**
     * The bound a report prints for a stratum, a county or the city, charts and tables alike: {@link
     * #upperBound(int, int, BigDecimal)}, or 1 (nothing bounded) when no case was examined.
     */
    public static double reportedUpperBound(int n, int k, BigDecimal confidence) {
        return n == 0 ? 1.0 : upperBound(n, k, confidence);
    }

    private static void check(BigDecimal confidence, BigDecimal tolerable, BigDecimal expected) {
        checkOpen(confidence, "confidence");
        checkOpen(tolerable, "tolerable deviation rate");
        if (expected.signum() < 0 || expected.compareTo(tolerable) >= 0) {
            throw new BadInputException("expected deviation rate " + Rates.percent(expected)
                    + " must be at least 0 and below the tolerable rate " + Rates.percent(tolerable));
        }
    }

    private static void checkOpen(BigDecimal rate, String what) {
        if (rate.signum() <= 0 || rate.compareTo(BigDecimal.ONE) >= 0) {
            throw new BadInputException(what + " " + Rates.percent(rate)
                    + " must lie strictly between 0 and 1 (0 % and 100 %)");
        }
    }
}
