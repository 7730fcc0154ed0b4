package org.inspect.rules.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.inspect.error.BadInputException;
import org.inspect.model.Coded;
import org.inspect.model.Criterion;

/**
 * Parses {@code config/exclusion-criteria.txt}: tab-separated lines, {@code #} comments. The line kinds are
 * documented at the top of the shipped file; {@code {NAME}} in a pattern expands a {@code DEFINE} given earlier.
 */
public final class CriteriaFile {

    /** A positive pattern of a criterion. */
    public record Entry(Criterion criterion, Pattern pattern) {
    }

    /** The parsed file. */
    public record Parsed(List<Entry> entries, List<Pattern> lawful, List<Pattern> grounds, Set<Criterion> sole) {
    }

    private static final Pattern NAME_REF = Pattern.compile("\\{([A-Z][A-Z0-9_]*)\\}");

    private CriteriaFile() {
    }

    public static Parsed parse(List<String> lines, String source) {
        Map<String, String> defines = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        List<Pattern> lawful = new ArrayList<>();
        List<Pattern> grounds = new ArrayList<>();
        Set<Criterion> sole = EnumSet.noneOf(Criterion.class);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = source + " line " + (i + 1);
            String[] f = line.split("\t+");
            String kind = f[0].strip();
            switch (kind) {
                case "DEFINE" -> {
                    expect(f, 3, where, "DEFINE<TAB>NAME<TAB>regex");
                    defines.put(f[1].strip(), "(?:" + expand(f[2].strip(), defines, where) + ")");
                    compile(defines.get(f[1].strip()), where);
                }
                case "LAWFUL" -> {
                    expect(f, 2, where, "LAWFUL<TAB>regex");
                    lawful.add(compile(expand(f[1].strip(), defines, where), where));
                }
                case "GROUND" -> {
                    expect(f, 2, where, "GROUND<TAB>regex");
                    grounds.add(compile(expand(f[1].strip(), defines, where), where));
                }
                case "SOLE" -> {
                    expect(f, 2, where, "SOLE<TAB>CRITERION");
                    sole.add(criterion(f[1].strip(), where));
                }
                default -> {
                    expect(f, 2, where, "CRITERION<TAB>regex");
                    entries.add(new Entry(criterion(kind, where), compile(expand(f[1].strip(), defines, where), where)));
                }
            }
        }
        return new Parsed(List.copyOf(entries), List.copyOf(lawful), List.copyOf(grounds), sole);
    }

    private static void expect(String[] fields, int n, String where, String form) {
        if (fields.length != n) {
            throw new BadInputException(where + ": expected " + form + " (fields separated by tabs), found "
                    + fields.length + " field(s)");
        }
    }

    private static Criterion criterion(String text, String where) {
        return Coded.parse(Criterion.class, text).orElseThrow(() -> new BadInputException(where + ": unknown line kind '"
                + text + "'; expected DEFINE, LAWFUL, GROUND, SOLE or a criterion: " + Coded.spellings(Criterion.class)));
    }

    private static String expand(String regex, Map<String, String> defines, String where) {
        Matcher m = NAME_REF.matcher(regex);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = defines.get(m.group(1));
            if (value == null) {
                throw new BadInputException(where + ": {" + m.group(1) + "} is not defined by an earlier DEFINE line");
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static Pattern compile(String regex, String where) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new BadInputException(where + ": invalid regular expression: " + e.getDescription() + " near index "
                    + e.getIndex() + " of " + regex);
        }
    }
}
