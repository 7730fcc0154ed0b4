package org.inspect.check;

import java.util.List;
import java.util.Set;
import org.inspect.model.Finding;

/**
 * The findings of one checked household, as the check job's processor hands them to its writer, with the names
 * of the people they may mention (stored with each finding for masking).
 */
public record CheckedHousehold(String householdId, List<Finding> findings, Set<String> names) {
}
