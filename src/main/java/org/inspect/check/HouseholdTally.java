package org.inspect.check;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.inspect.model.HouseholdFile;
import org.inspect.model.Standards;
import org.inspect.rules.Assessment;

/**
 * A count another feature wants over every household of the roll, taken by the desk check in its own pass (issue
 * 25): the check already reads and assesses every household, so the report's focus-group sizes come from the check
 * run instead of a second pass over a province's rolls. Implementations are found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.inspect.check.HouseholdTally}); the counts are read back with {@link TallyStore}.
 */
public interface HouseholdTally {

    /** The label every household of a tallied run counts under, so a county's total can be checked. */
    String HOUSEHOLD = "household";

    /** A counter for one pass of a check run: the snapshot's standards and the run's reference date. */
    Counter counter(Standards standards, LocalDate asOf);

    /** Labels one household: calls {@code label} once for each label it counts under (none: it is in no count). */
    interface Counter {
        void labels(HouseholdFile file, Assessment assessment, Consumer<String> label);
    }
}
