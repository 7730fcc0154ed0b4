package org.inspect.model;

/**
 * Where a standard's value comes from: a row of the data folder's standards file, or of the shipped defaults
 * ({@code config/standards.csv}); {@code line} is the physical line (or sheet row) of that row.
 */
public record StandardSource(boolean shipped, String file, long line) {

    /** {@code standards.csv:5}. */
    public String location() {
        return file + ":" + line;
    }
}
