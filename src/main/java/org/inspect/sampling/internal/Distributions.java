package org.inspect.sampling.internal;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.HypergeometricDistribution;

/**
 * The one place the toolkit computes probabilities: the binomial and hypergeometric CDFs and the inverse beta
 * distribution behind the Clopper–Pearson bound, all from Apache Commons Math 3 (a well-kept library rather than
 * sums of our own, which once existed twice with different edge cases). Only this class imports it.
 */
public final class Distributions {

    /** Accuracy of the inverse beta: far below the 0.1 % a report prints. */
    private static final double INVERSE_ACCURACY = 1e-14;

    private Distributions() {
    }

    /** P(X ≤ k) for X ~ Binomial(n, p). */
    public static double binomialCdf(int k, int n, double p) {
        if (k < 0) {
            return 0.0;
        }
        if (k >= n) {
            return 1.0;
        }
        // no random generator: the distributions are only evaluated, never sampled
        return new BinomialDistribution(null, n, clamp(p)).cumulativeProbability(k);
    }

    /**
     * P(X ≤ k) for X ~ Hypergeometric: {@code n} drawn without replacement from {@code population} items of
     * which {@code defective} are deviations.
     */
    public static double hypergeometricCdf(int k, long population, long defective, int n) {
        if (population > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("population " + population + " exceeds " + Integer.MAX_VALUE);
        }
        long good = population - defective;
        long lowest = Math.max(0, n - good);
        long highest = Math.min(n, defective);
        if (k < lowest) {
            return 0.0;
        }
        if (k >= highest) {
            return 1.0;
        }
        return new HypergeometricDistribution(null, (int) population, (int) defective, n).cumulativeProbability(k);
    }

    /**
     * The one-sided Clopper–Pearson upper bound after {@code k} deviations in {@code n} cases: the p with
     * P(X ≤ k | n, p) = 1 − confidence, which is the {@code confidence} quantile of Beta(k + 1, n − k); 1 when
     * every case deviates;
     * 1 − (1 − confidence)^(1/n) when none does.
     */
    public static double clopperPearsonUpper(int k, int n, double confidence) {
        if (k >= n) {
            return 1.0;
        }
        if (k == 0) {
            return 1.0 - Math.pow(1.0 - confidence, 1.0 / n); // Beta(1, n) inverts in closed form, exactly
        }
        return new BetaDistribution(null, k + 1, n - k, INVERSE_ACCURACY).inverseCumulativeProbability(confidence);
    }

    private static double clamp(double p) {
        return Math.max(0.0, Math.min(1.0, p));
    }
}
