package org.inspect.importing;

/**
 * One error in an interchange file, located by file name, physical line (or sheet row) and 1-based
 * column, with the offending value and what was expected. File-level errors use line 0 and column 0.
 */
public record RowError(String file, long line, int column, String columnName, String value, String expected) {

    /** A file-level error: missing column, unreadable file, conflicting files. */
    public static RowError ofFile(String file, String message) {
        return new RowError(file, 0, 0, null, null, message);
    }

    /** {@code file:line:column: columnName 'value': expected}; a file-level error drops the column part. */
    public String format() {
        if (columnName == null) {
            return file + ':' + line + ':' + column + ": " + expected;
        }
        return file + ':' + line + ':' + column + ": " + columnName + " '" + (value == null ? "" : value) + "': "
                + expected;
    }

    /** The message without the location, as a reason in the rejects file. */
    public String reason() {
        return columnName == null ? expected : columnName + " '" + (value == null ? "" : value) + "': " + expected;
    }
}
