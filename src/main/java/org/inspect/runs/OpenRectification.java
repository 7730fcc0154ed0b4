package org.inspect.runs;

/**
 * How many rectification items of a check run's notices are still open; a run with open items is not deleted.
 * {@code inspect runs delete} asks the rectification store ({@code RectificationStore::openItemsOfRun});
 * {@link #NONE} serves the readers that only list which runs refer to which snapshot and never delete.
 */
@FunctionalInterface
public interface OpenRectification {

    /** Answers "no open items" for every run: only for callers that never delete a run. */
    OpenRectification NONE = checkRunId -> 0;

    long openItems(long checkRunId);
}
