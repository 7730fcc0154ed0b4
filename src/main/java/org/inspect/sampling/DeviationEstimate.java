package org.inspect.sampling;

import java.math.BigDecimal;
import java.util.List;

/**
 * The deviation rate found in a sample and its one-sided Clopper–Pearson upper bound (spec "Evaluation"):
 * "at 95 % confidence, no more than {@code upperBound} of the cases in {@code scope} are wrong".
 */
record DeviationEstimate(String scope, int sampled, int deviations, double rate, double upperBound,
        BigDecimal confidence) {

    /** The estimate for {@code deviations} found among {@code sampled} cases. */
    public static DeviationEstimate of(String scope, int sampled, int deviations, BigDecimal confidence) {
        return new DeviationEstimate(scope, sampled, deviations, (double) deviations / sampled,
                SampleSize.upperBound(sampled, deviations, confidence), confidence);
    }

    /**
     * The pooled estimate over several strata (e.g. the whole city): sample sizes and deviations added up.
     * Unweighted, so it describes the sampled cases as one sample; strata sampled at very different rates
     * would need weighting by frame size to describe the frame.
     */
    public static DeviationEstimate pooled(String scope, List<DeviationEstimate> parts, BigDecimal confidence) {
        int n = parts.stream().mapToInt(DeviationEstimate::sampled).sum();
        int k = parts.stream().mapToInt(DeviationEstimate::deviations).sum();
        return of(scope, n, k, confidence);
    }
}
