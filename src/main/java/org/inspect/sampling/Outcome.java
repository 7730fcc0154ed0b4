package org.inspect.sampling;

import org.inspect.model.Decision;

/** The outcome dimension of a stratum: refusals and terminations are one outcome (spec "Frame and strata"). */
public enum Outcome {
    APPROVED,
    REFUSED,
    PENDING;

    /** The outcome a decision falls under. */
    public static Outcome of(Decision decision) {
        return switch (decision) {
            case APPROVED -> APPROVED;
            case REJECTED, TERMINATED -> REFUSED;
            case PENDING -> PENDING;
        };
    }
}
