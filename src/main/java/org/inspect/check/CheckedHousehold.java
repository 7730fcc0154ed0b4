package org.inspect.check;

import java.util.List;
import org.inspect.model.Finding;
import org.inspect.rules.ReasonToRead;

/**
 * The findings of one checked household, and its reasons that need a person's reading, as the check job's
 * processor hands them to its writer.
 */
public record CheckedHousehold(String householdId, String countyCode, List<Finding> findings,
        List<ReasonToRead> toRead) {

    public CheckedHousehold(String householdId, List<Finding> findings) {
        this(householdId, null, findings, List.of());
    }
}
