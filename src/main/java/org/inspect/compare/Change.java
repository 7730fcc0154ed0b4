package org.inspect.compare;

import java.time.LocalDate;

/**
 * One month-on-month change of a registered poor household between two compare runs (clause 三（二）). For
 * {@link Kind#DIBAO_TERMINATED} the household and case are the terminated dibao case; {@code detail} says why
 * the household is listed (e.g. LIFTED or REMOVED for one that left the roll).
 */
public record Change(Kind kind, String poorHouseholdId, String householdId, String countyCode, String caseId,
        LocalDate decisionDate, String detail) {

    /** The kinds of change, in the order the lists are printed. */
    public enum Kind {
        /** Uncovered now; covered, or not registered, in the earlier run. */
        NEWLY_UNCOVERED,
        /** Covered now; uncovered in the earlier run. */
        NEWLY_COVERED,
        /** Dibao of a not-lifted registered poor household terminated since the earlier snapshot (clause 二（四）). */
        DIBAO_TERMINATED,
        /** Not lifted in the earlier run; lifted or off the roll now. */
        LEFT_ROLL,
        /** Not lifted now; not on the roll, or lifted, in the earlier run. */
        JOINED_ROLL
    }
}
