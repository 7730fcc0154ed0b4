package org.inspect.importing;

import java.util.Locale;

/**
 * The files of a data folder. Declaration order is load order: standards first (every county check
 * needs them), then households before the rows that reference them.
 */
public enum RollFile {
    STANDARDS,
    HOUSEHOLDS,
    MEMBERS,
    INCOMES,
    DEDUCTIONS,
    ASSETS,
    OBLIGORS,
    CASES,
    REGISTERED_POOR,
    INSPECTORS;

    /** The file name without extension, e.g. {@code registered_poor}. */
    public String baseName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether rows of this file hang off a household of {@code households.csv}. */
    public boolean dependsOnHousehold() {
        return switch (this) {
            case MEMBERS, INCOMES, DEDUCTIONS, ASSETS, OBLIGORS, CASES -> true;
            default -> false;
        };
    }
}
