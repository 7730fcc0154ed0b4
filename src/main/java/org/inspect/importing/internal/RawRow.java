package org.inspect.importing.internal;

import java.util.List;

/** One physical row of a CSV file or sheet: its line (or sheet row number) and its cells as text. */
record RawRow(long line, List<String> cells, java.util.BitSet numericCells) {

    /** A row whose cells are all text (a CSV row). */
    public RawRow(long line, List<String> cells) {
        this(line, cells, new java.util.BitSet());
    }

    /** Whether the 0-based cell was stored as a number (in a workbook), so its text is Excel's rendering. */
    public boolean numeric(int index) {
        return index >= 0 && numericCells.get(index);
    }

    /** The 0-based cell, or the empty string beyond the row's end. */
    public String cell(int index) {
        return index < cells.size() && cells.get(index) != null ? cells.get(index) : "";
    }

    public boolean blank() {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }
}
