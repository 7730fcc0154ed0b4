package org.inspect.model;

import java.util.List;

/**
 * Masks personal data for documents meant for people (clause 三（三） public notices): identity numbers
 * keep the first six and last four characters ({@code 370902********1234}), names keep the first and last
 * character ({@code 张*英}, {@code 李*}).
 */
public final class Masking {

    private Masking() {
    }

    public static String idNumber(String id) {
        if (id == null || id.isEmpty()) {
            return "";
        }
        if (id.length() <= 10) {
            return "*".repeat(id.length());
        }
        return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
    }

    public static String name(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        int[] cps = name.codePoints().toArray();
        if (cps.length == 1) {
            return "*";
        }
        if (cps.length == 2) {
            return new String(cps, 0, 1) + "*";
        }
        return new String(cps, 0, 1) + "*".repeat(cps.length - 2) + new String(cps, cps.length - 1, 1);
    }

    private static final java.util.regex.Pattern ID =
            java.util.regex.Pattern.compile("(?<![0-9Xx])[0-9]{17}[0-9Xx](?![0-9Xx])");

    /**
     * Free text (a finding's sentence) with every 18-character identity number and each of {@code names} masked;
     * names of two characters or more, the longest first, so that 欧阳明华 is masked before a shorter name in it.
     */
    public static String text(String text, java.util.Collection<String> names) {
        if (text == null) {
            return "";
        }
        String result = ID.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(idNumber(m.group())));
        List<String> sorted = names.stream().filter(n -> n != null && n.codePointCount(0, n.length()) >= 2)
                .distinct().sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
        for (String n : sorted) {
            if (result.contains(n)) {
                result = result.replace(n, name(n));
            }
        }
        return result;
    }
}
