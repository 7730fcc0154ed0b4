package org.inspect.rules;

import org.inspect.model.HouseholdFile;
import org.inspect.rules.internal.HouseholdFacts;

/** Whether a household is covered (rules.md 5), for the features that compare rolls. */
public final class Coverage {

    private Coverage() {
    }

    /** An APPROVED DIBAO case, or an APPROVED TEKUN case for any member. */
    public static boolean covered(HouseholdFile file) {
        return HouseholdFacts.covered(file);
    }
}
