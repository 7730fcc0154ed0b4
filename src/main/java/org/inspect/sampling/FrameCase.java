package org.inspect.sampling;

import java.time.LocalDate;

import org.inspect.model.Decision;
import org.inspect.model.Program;

/** One row of the sampling frame, as the integrator streams it from the rolls in {@code case_id} order. */
public record FrameCase(String caseId, String householdId, String countyCode, String township, Program program,
        Decision decision, LocalDate decisionDate) {
}
