package org.inspect.sampling;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How many cases a stratum of a given size must yield (spec "Sample size"); never more than the stratum. */
public sealed interface SizeRule {

    /** The size the rule asks for a stratum of {@code frameSize} cases, before capping at the stratum. */
    int requested(int frameSize);

    /** A rate of the stratum, rounded up, at least {@code min} and at most {@code max} (null: no maximum). */
    record Rate(BigDecimal rate, int min, Integer max) implements SizeRule {
        @Override
        public int requested(int frameSize) {
            int n = rate.multiply(BigDecimal.valueOf(frameSize)).setScale(0, RoundingMode.CEILING).intValueExact();
            n = Math.max(n, min);
            return max == null ? n : Math.min(n, max);
        }
    }

    /** A fixed number of cases. */
    record Count(int count) implements SizeRule {
        @Override
        public int requested(int frameSize) {
            return count;
        }
    }

    /**
     * A statistical size for attribute sampling, hypergeometric with the stratum as population (exact for a
     * draw without replacement; equal to the binomial size for large strata).
     */
    record Attribute(BigDecimal confidence, BigDecimal tolerable, BigDecimal expected) implements SizeRule {
        @Override
        public int requested(int frameSize) {
            return frameSize == 0 ? 0 : SampleSize.attribute(confidence, tolerable, expected, frameSize);
        }
    }
}
