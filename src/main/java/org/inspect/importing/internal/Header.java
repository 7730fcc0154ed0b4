package org.inspect.importing.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The header row of a file matched against the format's columns: English or Chinese names, ignoring
 * case, surrounding spaces and order. Unknown columns become warnings, missing required ones errors.
 */
final class Header {

    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, String> asFound = new HashMap<>();
    private final Map<String, Integer> maxLength = new HashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();

    public Header(String fileName, List<Column> columns, RawRow header) {
        Map<String, Column> byName = new HashMap<>();
        for (Column c : columns) {
            maxLength.put(c.name(), c.maxLength());
            byName.put(normalise(c.name()), c);
            byName.put(normalise(c.chinese()), c);
        }
        for (int i = 0; i < header.cells().size(); i++) {
            String text = header.cell(i).replace("\uFEFF", "").strip();
            Column c = byName.get(normalise(text));
            if (c == null) {
                if (!text.isEmpty()) {
                    warnings.add(Texts.get("header.unknown", fileName, header.line(), i + 1, text));
                }
            } else if (index.containsKey(c.name())) {
                errors.add(Texts.get("header.twice", c.name(), c.chinese(), index.get(c.name()) + 1, i + 1));
            } else {
                index.put(c.name(), i);
                asFound.put(c.name(), text);
            }
        }
        for (Column c : columns) {
            if (c.required() && !index.containsKey(c.name())) {
                errors.add(Texts.get("header.missing", c.name(), c.chinese()));
            }
        }
    }

    private static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** 0-based index of a column, or -1 when the file does not have it. */
    public int index(String column) {
        return index.getOrDefault(column, -1);
    }

    /** The most characters a text of the column may have, or 0 when the column is not stored as written. */
    public int maxLength(String column) {
        return maxLength.getOrDefault(column, 0);
    }

    /** The column's header as written in the file, or its English name when absent. */
    public String label(String column) {
        return asFound.getOrDefault(column, column);
    }

    public List<String> warnings() {
        return warnings;
    }

    public List<String> errors() {
        return errors;
    }
}
