package org.inspect.export;

import java.io.Closeable;
import java.util.Arrays;
import java.util.List;

/**
 * Writes the rows of one sheet (a CSV file or an .xlsx workbook of one sheet). A cell is a {@link Number}
 * (written as a number, untouched), {@code null} (empty) or anything else (written as its text, neutralised by
 * {@link CellText}). Closing finishes the file.
 */
public interface SheetWriter extends Closeable {

    /** Writes one row. */
    void row(List<?> cells);

    /** Writes one row. */
    default void row(Object... cells) {
        row(Arrays.asList(cells));
    }

    /** Finishes the file; an I/O failure is thrown unchecked. */
    @Override
    void close();
}
