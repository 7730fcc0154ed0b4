package org.inspect.importing.internal;

import java.io.IOException;

/** Physical rows of a file, header first, as text cells. */
public interface RawReader extends AutoCloseable {

    /** The next row, or {@code null} at the end. */
    RawRow next() throws IOException;

    /** Fraction read so far, 0 to 1. */
    double progress();

    @Override
    void close() throws IOException;
}
