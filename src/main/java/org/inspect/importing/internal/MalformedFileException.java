package org.inspect.importing.internal;

import java.io.IOException;

/** The file cannot be read further (broken quoting, broken workbook); reported as an error at a line. */
public final class MalformedFileException extends IOException {

    private final long line;

    public MalformedFileException(long line, String message) {
        super(message);
        this.line = line;
    }

    public long line() {
        return line;
    }
}
