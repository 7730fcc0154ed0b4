package org.inspect.report.internal;

/**
 * The one-sided Clopper–Pearson upper bound of a deviation rate (sampling.md, Evaluation): the rate p at which
 * seeing at most k deviations in n has probability 1 − confidence.
 */
public final class UpperBound {

    private UpperBound() {
    }

    public static double of(int deviations, int sampleSize, double confidence) {
        if (sampleSize <= 0 || deviations >= sampleSize) {
            return 1.0;
        }
        double alpha = 1 - confidence;
        double lo = (double) deviations / sampleSize;
        double hi = 1.0;
        for (int i = 0; i < 100; i++) {
            double mid = (lo + hi) / 2;
            if (cdf(deviations, sampleSize, mid) > alpha) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return hi;
    }

    /** P(X ≤ k) for X ~ Binomial(n, p), summed in log space. */
    static double cdf(int k, int n, double p) {
        double sum = 0;
        double logP = Math.log(p);
        double logQ = Math.log1p(-p);
        double logChoose = 0; // log C(n, 0)
        for (int i = 0; i <= k; i++) {
            if (i > 0) {
                logChoose += Math.log(n - i + 1) - Math.log(i);
            }
            sum += Math.exp(logChoose + i * logP + (n - i) * logQ);
        }
        return Math.min(1.0, sum);
    }
}
