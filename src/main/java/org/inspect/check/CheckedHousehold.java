package org.inspect.check;

import java.util.List;
import java.util.Set;
import org.inspect.model.Finding;
import org.inspect.rules.ReasonToRead;

/**
 * The findings of one checked household, with the names of the people they may mention (stored with each finding
 * for masking), its reasons that need a person's reading and the labels it counts under ({@link HouseholdTally};
 * empty when the run takes no counts), as the check job's processor hands them to its writer.
 */
public record CheckedHousehold(String householdId, String countyCode, List<Finding> findings, Set<String> names,
        List<ReasonToRead> toRead, List<String> labels) {

    public CheckedHousehold(String householdId, List<Finding> findings, Set<String> names) {
        this(householdId, null, findings, names, List.of(), List.of());
    }
}
