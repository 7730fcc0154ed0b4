package org.inspect.workbook;

import org.inspect.error.BadInputException;

/**
 * A workbook that cannot be read as it is: not an .xlsx at all, expanding beyond the caps, or broken. Its message
 * key (in the import's bundle, {@code workbook.*}) and arguments say so in the user's language; the spreadsheet
 * library's own message is only the cause, for {@code -v}.
 */
public final class WorkbookException extends BadInputException {

    /** The row (1-based, as Excel shows it) the problem was met on, or 0 for the file as a whole. */
    private final long row;

    WorkbookException(String english, long row, Throwable cause, String key, Object... args) {
        super(english, cause);
        this.row = row;
        localized(key, args);
    }

    public long row() {
        return row;
    }
}
