package org.inspect.demo;

import java.time.LocalDate;

/**
 * What demo city to write: how many household units (civil-affairs households plus a few poverty-roll-only
 * households), the seed, the reference date of month one, which monthly snapshot (1 or 2), and the share of
 * units that carry a planted anomaly.
 */
public record DemoOptions(int households, long seed, LocalDate asOf, int month, double anomalyRate) {

    /** The campaign start date, the default reference date of month one (clause 二). */
    public static final LocalDate CAMPAIGN_START = LocalDate.of(2019, 3, 1);

    public DemoOptions {
        if (households < 1) {
            throw new IllegalArgumentException("households must be at least 1, was " + households);
        }
        if (month != 1 && month != 2) {
            throw new IllegalArgumentException("month must be 1 or 2, was " + month);
        }
        if (!(anomalyRate >= 0 && anomalyRate <= 0.5)) {
            throw new IllegalArgumentException("anomaly rate must be between 0 and 0.5, was " + anomalyRate);
        }
        if (asOf == null) {
            throw new IllegalArgumentException("reference date is required");
        }
    }

    /** 20,000 households, seed 2019, reference date 2019-03-01, month one, 6 % planted. */
    public static DemoOptions defaults() {
        return new DemoOptions(20_000, 2019L, CAMPAIGN_START, 1, 0.06);
    }

    public DemoOptions withHouseholds(int n) {
        return new DemoOptions(n, seed, asOf, month, anomalyRate);
    }

    public DemoOptions withSeed(long s) {
        return new DemoOptions(households, s, asOf, month, anomalyRate);
    }

    public DemoOptions withAsOf(LocalDate date) {
        return new DemoOptions(households, seed, date, month, anomalyRate);
    }

    public DemoOptions withMonth(int m) {
        return new DemoOptions(households, seed, asOf, m, anomalyRate);
    }

    public DemoOptions withAnomalyRate(double rate) {
        return new DemoOptions(households, seed, asOf, month, rate);
    }

    /** The reference date of the snapshot: {@code asOf} for month one, one month later for month two. */
    public LocalDate referenceDate() {
        return month == 1 ? asOf : asOf.plusMonths(1);
    }
}
