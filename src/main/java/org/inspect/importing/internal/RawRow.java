package org.inspect.importing.internal;

import java.util.List;

/** One physical row of a CSV file or sheet: its line (or sheet row number) and its cells as text. */
public record RawRow(long line, List<String> cells) {

    /** The 0-based cell, or the empty string beyond the row's end. */
    public String cell(int index) {
        return index < cells.size() && cells.get(index) != null ? cells.get(index) : "";
    }

    public boolean blank() {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }
}
