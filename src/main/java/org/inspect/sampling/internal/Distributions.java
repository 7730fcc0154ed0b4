package org.inspect.sampling.internal;

/**
 * Cumulative binomial and hypergeometric probabilities, summed term by term in log space so that large
 * samples neither overflow the binomial coefficients nor underflow {@code (1-p)^n} before it matters.
 */
public final class Distributions {

    private Distributions() {
    }

    /** P(X ≤ k) for X ~ Binomial(n, p). */
    public static double binomialCdf(int k, int n, double p) {
        if (k < 0) {
            return 0.0;
        }
        if (k >= n || p <= 0.0) {
            return 1.0;
        }
        if (p >= 1.0) {
            return 0.0;
        }
        double logP = Math.log(p);
        double logQ = Math.log1p(-p);
        double logChoose = 0.0; // ln C(n, 0)
        double sum = 0.0;
        for (int i = 0; i <= k; i++) {
            if (i > 0) {
                logChoose += Math.log((double) (n - i + 1) / i);
            }
            sum += Math.exp(logChoose + i * logP + (n - i) * logQ);
        }
        return Math.min(1.0, sum);
    }

    /**
     * P(X ≤ k) for X ~ Hypergeometric: {@code n} drawn without replacement from {@code population} items of
     * which {@code defective} are deviations.
     */
    public static double hypergeometricCdf(int k, long population, long defective, int n) {
        long good = population - defective;
        long lowest = Math.max(0, n - good);
        long highest = Math.min(n, defective);
        if (k < lowest) {
            return 0.0;
        }
        if (k >= highest) {
            return 1.0;
        }
        double logTotal = logChoose(population, n);
        double sum = 0.0;
        for (long x = lowest; x <= k; x++) {
            sum += Math.exp(logChoose(defective, x) + logChoose(good, n - x) - logTotal);
        }
        return Math.min(1.0, sum);
    }

    /** ln C(a, b), in O(min(b, a − b)) steps. */
    static double logChoose(long a, long b) {
        if (b < 0 || b > a) {
            return Double.NEGATIVE_INFINITY;
        }
        long m = Math.min(b, a - b);
        double s = 0.0;
        for (long i = 1; i <= m; i++) {
            s += Math.log((double) (a - m + i) / i);
        }
        return s;
    }
}
