package org.inspect.rules.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.inspect.error.BadInputException;
import org.inspect.model.Coded;
import org.inspect.model.Criterion;

/**
 * The parsed {@code config/reason-words.txt}: which kinds each word has, the typing errors to correct and the
 * criteria counted only as the reason on its own. Cuts a normalised reason into the longest words it knows.
 */
public final class WordList {

    private final Map<String, Set<WordKind>> words;
    private final Map<String, String> typos;
    private final Set<Criterion> sole;
    private final Map<Character, Integer> longestFrom;

    private WordList(Map<String, Set<WordKind>> words, Map<String, String> typos, Set<Criterion> sole) {
        this.words = words;
        this.typos = typos;
        this.sole = sole;
        this.longestFrom = new HashMap<>();
        for (String w : words.keySet()) {
            longestFrom.merge(w.charAt(0), w.length(), Math::max);
        }
    }

    /** Parses the lines of a word list; {@code source} names it in error messages. */
    public static WordList parse(List<String> lines, String source) {
        Map<String, Set<WordKind>> words = new HashMap<>();
        Map<String, String> typos = new LinkedHashMap<>();
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
            if (kind.equals("TYPO")) {
                typo(f, where, typos);
            } else if (kind.equals("SOLE")) {
                expect(f, 2, where, "SOLE<TAB>CRITERION CRITERION ...");
                for (String c : split(f[1])) {
                    sole.add(criterion(c, where));
                }
            } else {
                expect(f, 2, where, "KIND<TAB>word word ...");
                WordKind k = kind(kind, where);
                for (String w : split(f[1])) {
                    words.computeIfAbsent(w, x -> EnumSet.noneOf(WordKind.class)).add(k);
                }
            }
        }
        return new WordList(words, Collections.unmodifiableMap(typos), sole);
    }

    private static void typo(String[] f, String where, Map<String, String> typos) {
        expect(f, 3, where, "TYPO<TAB>wrong<TAB>right");
        String wrong = f[1].strip();
        String right = f[2].strip();
        if (wrong.length() != right.length()) {
            throw new BadInputException(where + ": a typing error and its correction must have the same number of "
                    + "characters, found '" + wrong + "' (" + wrong.length() + ") and '" + right + "' ("
                    + right.length() + ")");
        }
        typos.put(wrong, right);
    }

    private static List<String> split(String field) {
        List<String> out = new ArrayList<>();
        for (String w : field.strip().split("[\\s、]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static void expect(String[] fields, int n, String where, String form) {
        if (fields.length != n) {
            throw new BadInputException(where + ": expected " + form + " (fields separated by tabs), found "
                    + fields.length + " field(s)");
        }
    }

    private static WordKind kind(String text, String where) {
        try {
            return WordKind.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(where + ": unknown kind '" + text + "'; expected TYPO, SOLE or one of "
                    + java.util.Arrays.toString(WordKind.values()));
        }
    }

    private static Criterion criterion(String text, String where) {
        return Coded.parse(Criterion.class, text).orElseThrow(() -> new BadInputException(where + ": unknown criterion '"
                + text + "'; expected one of " + Coded.spellings(Criterion.class)));
    }

    public Map<String, String> typos() {
        return typos;
    }

    public Set<Criterion> sole() {
        return sole;
    }

    /** The longest-first cut of a normalised text into words; characters the list does not know stand alone. */
    public List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int len = Math.min(longestFrom.getOrDefault(text.charAt(i), 0), text.length() - i);
            Set<WordKind> kinds = null;
            for (; len > 0; len--) {
                kinds = words.get(text.substring(i, i + len));
                if (kinds != null) {
                    break;
                }
            }
            if (kinds == null) {
                len = 1;
                kinds = Set.of();
            }
            out.add(new Token(text.substring(i, i + len), kinds, i, i + len));
            i += len;
        }
        return out;
    }
}
