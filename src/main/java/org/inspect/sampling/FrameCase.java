package org.inspect.sampling;

import java.time.LocalDate;

import org.inspect.model.Decision;
import org.inspect.model.Program;

/**
 * One row of the sampling frame, as the integrator streams it from the rolls in {@code case_id} order. A row of
 * a household frame (plan frame kind {@code households}) has the household id as its case id, no program,
 * decision or date, and the focus group it is drawn for in {@code group}; a case row has no group. A row of a
 * frame of closed rectification items (plan frame kind {@code rect_items}) has the item's number, zero-padded, as
 * its case id and in {@code item} the item's fields as the frame hash reads them.
 */
public record FrameCase(String caseId, String householdId, String countyCode, String township, Program program,
        Decision decision, LocalDate decisionDate, String group, String item) {

    /** A row of a case or household frame. */
    public FrameCase(String caseId, String householdId, String countyCode, String township, Program program,
            Decision decision, LocalDate decisionDate, String group) {
        this(caseId, householdId, countyCode, township, program, decision, decisionDate, group, null);
    }

    /** A case row. */
    public FrameCase(String caseId, String householdId, String countyCode, String township, Program program,
            Decision decision, LocalDate decisionDate) {
        this(caseId, householdId, countyCode, township, program, decision, decisionDate, null);
    }

    /**
     * A row of a frame of closed rectification items: {@code ref} its zero-padded number, {@code fields} the
     * tab-joined fields the frame hash reads (see {@code config/plans/README.md}).
     */
    public static FrameCase closedItem(String ref, String householdId, String countyCode, String fields) {
        return new FrameCase(ref, householdId, countyCode, null, null, null, null, null, fields);
    }

    /** A household row of a household frame, drawn for {@code group}. */
    public static FrameCase household(String householdId, String countyCode, String township, String group) {
        return new FrameCase(householdId, householdId, countyCode, township, null, null, null, group);
    }
}
