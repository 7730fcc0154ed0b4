package org.inspect.check;

import java.util.List;
import org.inspect.model.Finding;

/** The findings of one checked household, as the check job's processor hands them to its writer. */
public record CheckedHousehold(String householdId, List<Finding> findings) {
}
