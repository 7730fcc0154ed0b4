package org.inspect.cli;

import java.util.ArrayList;
import java.util.List;
import org.inspect.model.DisplayWidth;

/**
 * A table for the terminal whose columns line up with Chinese text: widths in display columns (a Chinese
 * character takes two), text left-aligned, numbers right-aligned, two spaces between columns.
 */
final class TextTable {

    private final List<String> header;
    private final boolean[] numeric;
    private final List<List<String>> rows = new ArrayList<>();

    /** A table with these column headers; {@code numericColumns} are right-aligned. */
    TextTable(List<String> header, int... numericColumns) {
        this.header = header;
        this.numeric = new boolean[header.size()];
        for (int c : numericColumns) {
            numeric[c] = true;
        }
    }

    TextTable row(List<?> cells) {
        List<String> texts = new ArrayList<>(cells.size());
        for (Object c : cells) {
            texts.add(c == null ? "-" : c.toString());
        }
        rows.add(texts);
        return this;
    }

    /** The table's lines, header first. */
    List<String> lines() {
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = DisplayWidth.of(header.get(i));
        }
        for (List<String> r : rows) {
            for (int i = 0; i < r.size() && i < widths.length; i++) {
                widths[i] = Math.max(widths[i], DisplayWidth.of(r.get(i)));
            }
        }
        List<String> out = new ArrayList<>();
        out.add(line(header, widths));
        for (List<String> r : rows) {
            out.add(line(r, widths));
        }
        return out;
    }

    private String line(List<String> cells, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            String cell = i < cells.size() ? cells.get(i) : "";
            if (i > 0) {
                sb.append("  ");
            }
            sb.append(numeric[i] ? DisplayWidth.padLeft(cell, widths[i]) : DisplayWidth.padRight(cell, widths[i]));
        }
        return sb.toString().stripTrailing();
    }

    void print(Console console) {
        lines().forEach(console::println);
    }
}
