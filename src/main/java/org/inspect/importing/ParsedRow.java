package org.inspect.importing;

import java.util.List;

/**
 * One data row of a file: its physical line (or sheet row), the model record it became ({@code null}
 * when a cell could not be read) and the errors found in the row on its own. {@code householdId} and
 * {@code memberId} are the row's keys as written (null when empty or not in this file), kept even for an
 * invalid row so that the rows depending on it can be rejected with it.
 */
public record ParsedRow(RollFile kind, long line, Object value, List<RowError> errors, String householdId,
        String memberId) {

    public ParsedRow {
        errors = List.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty() && value != null;
    }

    /** The record, typed; only for a valid row. */
    public <T> T as(Class<T> type) {
        return type.cast(value);
    }
}
