package org.inspect.compare;

/**
 * A match that belongs to a split: {@link Kind#POOR_IN_SEVERAL} when the poor household's members are in several
 * civil-affairs households, {@link Kind#HOUSEHOLD_WITH_SEVERAL} when one civil-affairs household holds members of
 * several poor households. A person must look at these: the two rolls disagree on who lives together.
 */
record Split(Kind kind, String groupKey, Match match) {

    public enum Kind {
        POOR_IN_SEVERAL, HOUSEHOLD_WITH_SEVERAL
    }
}
