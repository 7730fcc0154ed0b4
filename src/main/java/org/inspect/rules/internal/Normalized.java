package org.inspect.rules.internal;

import java.text.Normalizer;
import java.util.Map;

/**
 * A reason as the reader sees it: full-width forms folded to half-width (NFKC), white space dropped, typing
 * errors of the word list corrected; {@link #original} maps each character back to the county's own text, so
 * that a finding quotes the words as they were typed.
 */
final class Normalized {

    private final String text;
    private final int[] origin;
    private final String reason;

    private Normalized(String text, int[] origin, String reason) {
        this.text = text;
        this.origin = origin;
        this.reason = reason;
    }

    public static Normalized of(String reason, Map<String, String> typos) {
        StringBuilder sb = new StringBuilder(reason.length());
        int[] origin = new int[reason.length() * 3 + 1];
        for (int i = 0; i < reason.length(); i++) {
            char c = reason.charAt(i);
            if (plain(c)) {
                origin[sb.length()] = i;
                sb.append(c);
                continue;
            }
            String folded = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
            for (int k = 0; k < folded.length(); k++) {
                char ch = folded.charAt(k);
                if (!Character.isWhitespace(ch) && !Character.isSpaceChar(ch)) {
                    origin[sb.length()] = i;
                    sb.append(ch);
                }
            }
        }
        String text = sb.toString();
        for (Map.Entry<String, String> t : typos.entrySet()) {
            text = text.replace(t.getKey(), t.getValue());
        }
        return new Normalized(text, origin, reason);
    }

    /** Printable ASCII and unified ideographs, which NFKC leaves as they are: the fast path of almost every character. */
    private static boolean plain(char c) {
        return (c > ' ' && c < 0x7F) || (c >= 0x4E00 && c <= 0x9FFF);
    }

    public String text() {
        return text;
    }

    /** The county's text for the normalised range [start, end). */
    public String original(int start, int end) {
        if (start >= end) {
            return "";
        }
        return reason.substring(origin[start], origin[end - 1] + 1);
    }

    /** Where the normalised position {@code i} starts in the county's text. */
    public int originalStart(int i) {
        return origin[i];
    }

    /** Where the normalised range ending at {@code end} (exclusive) ends in the county's text. */
    public int originalEnd(int end) {
        return end == 0 ? 0 : origin[end - 1] + 1;
    }
}
