package org.inspect.rules;

import java.util.List;

/**
 * How a refusal or termination reason reads: its clauses, the blanket criteria it relies on, the lawful grounds
 * it gives, and what the reader could not place (a relative's property or post beside a lawful ground with
 * nothing tying either to the decision), which needs a person's reading (需人工研判).
 */
public record ReasonReading(String reason, List<ReadClause> clauses, List<CriterionMatch> criteria,
        List<ReadClause.Ground> grounds, List<String> needsReading) {

    /** Immutable, so that one reading of a reason text can be shared ({@link ExclusionCriteria#read}). */
    public ReasonReading {
        clauses = List.copyOf(clauses);
        criteria = List.copyOf(criteria);
        grounds = List.copyOf(grounds);
        needsReading = List.copyOf(needsReading);
    }

    /** A reading of an empty reason. */
    public static ReasonReading empty(String reason) {
        return new ReasonReading(reason, List.of(), List.of(), List.of(), List.of());
    }

    public boolean needsPersonsReading() {
        return !needsReading.isEmpty();
    }
}
