package org.inspect.focus;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Consumer;
import org.inspect.check.HouseholdTally;
import org.inspect.model.HouseholdFile;
import org.inspect.model.Standards;
import org.inspect.rules.Assessment;

/**
 * Counts the focus groups in the desk check's pass ({@link HouseholdTally}): a household counts under
 * {@code focus.<GROUP>} for each of its groups and under {@link #ANY} once when it is in any, so the report's group
 * sizes ({@link FocusGroups#sizes(org.inspect.check.CheckRun, LocalDate)}) need no pass of their own.
 */
// public for java.util.ServiceLoader, which instantiates it (META-INF/services/org.inspect.check.HouseholdTally)
public final class FocusTally implements HouseholdTally {

    static final String PREFIX = "focus.";
    /** The label of a household in at least one group. */
    static final String ANY = PREFIX + "ANY";

    @Override
    public Counter counter(Standards standards, LocalDate asOf) {
        FocusClassifier classifier = new FocusClassifier(standards, asOf);
        return (HouseholdFile file, Assessment a, Consumer<String> label) -> {
            Set<FocusGroup> groups = classifier.groups(file, a);
            if (!groups.isEmpty()) {
                groups.forEach(g -> label.accept(PREFIX + g.name()));
                label.accept(ANY);
            }
        };
    }
}
