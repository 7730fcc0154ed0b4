package org.inspect.report.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inspect.error.BadInputException;

/**
 * The wording of one document in one language, read from {@code templates/<document>.<lang>.txt}: named
 * sections ({@code [cover.title]} on a line of its own) holding text with named placeholders ({@code {county}}).
 * Lines starting with {@code #} are comments; a blank line separates paragraphs of a section.
 */
// public for report/Documents: it hands what Templates.load gives to the writers' constructors without naming it
public final class Template {

    private static final Pattern SECTION = Pattern.compile("^\\[([A-Za-z0-9_.-]+)]\\s*$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.]+)}");

    private final Path file;
    private final Map<String, String> sections;
    private final Map<String, Integer> lines;

    private Template(Path file, Map<String, String> sections, Map<String, Integer> lines) {
        this.file = file;
        this.sections = sections;
        this.lines = lines;
    }

    static Template parse(Path file, List<String> text) {
        Map<String, String> sections = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        String current = null;
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < text.size(); i++) {
            String line = text.get(i);
            Matcher m = SECTION.matcher(line);
            if (line.startsWith("#")) {
                continue;
            }
            if (m.matches()) {
                put(sections, current, body);
                current = m.group(1);
                if (lines.containsKey(current)) {
                    throw new BadInputException(file + ":" + (i + 1) + ": section [" + current + "] appears twice");
                }
                lines.put(current, i + 1);
                body.setLength(0);
            } else if (current == null && !line.isBlank()) {
                throw new BadInputException(file + ":" + (i + 1) + ": text before the first [section] line");
            } else {
                body.append(line).append('\n');
            }
        }
        put(sections, current, body);
        return new Template(file, sections, lines);
    }

    private static void put(Map<String, String> sections, String name, StringBuilder body) {
        if (name != null) {
            sections.put(name, body.toString().strip());
        }
    }

    public boolean has(String section) {
        return sections.containsKey(section);
    }

    /** The section with every placeholder replaced; an unknown placeholder or section is an error naming the file. */
    public String text(String section, Map<String, ?> values) {
        String raw = sections.get(section);
        if (raw == null) {
            throw new BadInputException(file + ": section [" + section + "] is missing; the sections are "
                    + sections.keySet());
        }
        Matcher m = PLACEHOLDER.matcher(raw);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            if (!values.containsKey(name)) {
                int line = lines.get(section) + 1 + countLines(raw.substring(0, m.start()));
                throw new BadInputException(file + ":" + line + ": unknown placeholder {" + name + "} in section ["
                        + section + "]; this section knows " + new TreeSet<>(values.keySet()));
            }
            Object v = values.get(name);
            m.appendReplacement(out, Matcher.quoteReplacement(v == null ? "" : v.toString()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The section split into paragraphs at blank lines, each joined into one line. */
    public List<String> paragraphs(String section, Map<String, ?> values) {
        List<String> result = new ArrayList<>();
        for (String p : text(section, values).split("\\n\\s*\\n")) {
            String joined = p.strip().replaceAll("\\s*\\n\\s*", "");
            if (!joined.isEmpty()) {
                result.add(joined);
            }
        }
        return result;
    }

    /** Shortcut for a section without placeholders, or whose placeholders are all in {@code values}. */
    public String text(String section) {
        return text(section, Map.of());
    }

    private static int countLines(String s) {
        return (int) s.chars().filter(c -> c == '\n').count();
    }
}
