package org.inspect.runs;

/**
 * How many rectification items of a check run's notices are still open; a run with open items is not deleted.
 * The rectification feature (issue 11) answers it from its store; until it is wired in, {@link #NONE} answers
 * that no item is open.
 */
@FunctionalInterface
public interface OpenRectification {

    /** Answers "no open items" for every run: the stand-in until the rectification store provides the count. */
    OpenRectification NONE = checkRunId -> 0;

    long openItems(long checkRunId);
}
