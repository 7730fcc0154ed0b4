package org.inspect.importing;

import java.util.List;

/**
 * One data row of a file: its physical line (or sheet row), the model record it became ({@code null}
 * when a cell could not be read) and the errors found in the row on its own.
 */
public record ParsedRow(RollFile kind, long line, Object value, List<RowError> errors) {

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
