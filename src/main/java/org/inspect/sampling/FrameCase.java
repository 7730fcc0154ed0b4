package org.inspect.sampling;

import java.time.LocalDate;

import org.inspect.model.Decision;
import org.inspect.model.Program;

/**
 * One row of the sampling frame, as the integrator streams it from the rolls in {@code case_id} order. A row of
 * a household frame (plan frame kind {@code households}) has the household id as its case id, no program,
 * decision or date, and the focus group it is drawn for in {@code group}; a case row has no group.
 */
public record FrameCase(String caseId, String householdId, String countyCode, String township, Program program,
        Decision decision, LocalDate decisionDate, String group) {

    /** A case row. */
    public FrameCase(String caseId, String householdId, String countyCode, String township, Program program,
            Decision decision, LocalDate decisionDate) {
        this(caseId, householdId, countyCode, township, program, decision, decisionDate, null);
    }

    /** A household row of a household frame, drawn for {@code group}. */
    public static FrameCase household(String householdId, String countyCode, String township, String group) {
        return new FrameCase(householdId, householdId, countyCode, township, null, null, null, group);
    }
}
