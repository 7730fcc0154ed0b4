package org.inspect.model;

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
}
