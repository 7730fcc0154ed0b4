package org.inspect.importing;

import java.util.List;

/** A stream of parsed rows of one file, read without loading the file whole. */
public interface RowSource extends AutoCloseable {

    /** The next data row, or {@code null} at the end (or at once when the header was unusable). */
    ParsedRow next();

    /** Fraction of the file read so far, 0 to 1. */
    double progress();

    /** Errors of the file as a whole (missing required column, unreadable file); rows are not read then. */
    List<RowError> fileErrors();

    /** Notes that do not stop the import, such as ignored unknown columns. */
    List<String> warnings();

    /**
     * An error located at a row and a column of this file (by the format's English column name), for
     * checks made outside the row, such as references to other files.
     */
    RowError errorAt(long line, String column, String value, String expected);

    @Override
    void close();
}
