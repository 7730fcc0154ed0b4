package org.inspect.importing;

import java.util.Locale;
import org.apache.poi.ss.util.CellReference;
import org.inspect.importing.internal.Texts;

/**
 * One error in an interchange file, located by file name, physical line (or sheet row) and 1-based
 * column, with the offending value and what was expected. File-level errors use line 0 and column 0.
 */
public record RowError(String file, long line, int column, String columnName, String value, String expected) {

    /** A file-level error: missing column, unreadable file, conflicting files. */
    public static RowError ofFile(String file, String message) {
        return new RowError(file, 0, 0, null, null, message);
    }

    /**
     * {@code file:line:column: columnName 'value': expected} in the locale's language; a file-level error drops the
     * column part. In a workbook the column is named by its letter and header: {@code members.xlsx:5:B (身份证号)}.
     */
    public String format() {
        if (columnName == null) {
            return Texts.get("row.locatedFile", file, line, column, expected);
        }
        String shown = shown(value);
        if (column > 0 && file.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return Texts.get("row.locatedXlsx", file, line, CellReference.convertNumToColString(column - 1), columnName,
                    shown, expected);
        }
        return Texts.get("row.located", file, line, column, columnName, shown, expected);
    }

    /** The message without the location, as a reason in the rejects file. */
    public String reason() {
        return columnName == null ? expected : Texts.get("row.reason", columnName, shown(value), expected);
    }

    /** The most characters of a value an error shows: a 2,000-character reason is named, not printed. */
    static final int SHOWN = 40;

    private static String shown(String value) {
        if (value == null) {
            return "";
        }
        return value.length() <= SHOWN ? value : value.substring(0, SHOWN) + "…";
    }
}
