package org.inspect.sampling;

import java.util.Locale;

/**
 * A dimension a plan may stratify by. The declaration order is the order of the parts of a stratum key,
 * whatever order the plan lists them in.
 */
public enum Dimension {
    COUNTY,
    TOWNSHIP,
    PROGRAM,
    OUTCOME,
    /** The focus group of a household frame row (UNCOVERED_POOR, MARGINAL, SEVERE). */
    GROUP;

    /** The name used in plan files and stratum keys: {@code county}, {@code township}, ... */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The value of this dimension for a case. */
    public String valueOf(FrameCase c) {
        return switch (this) {
            case COUNTY -> c.countyCode();
            case TOWNSHIP -> c.township() == null ? "" : c.township();
            case PROGRAM -> c.program().name();
            case OUTCOME -> Outcome.of(c.decision()).name();
            case GROUP -> c.group() == null ? "" : c.group();
        };
    }
}
