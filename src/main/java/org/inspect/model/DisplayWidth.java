package org.inspect.model;

/**
 * The width of text on a terminal or in a spreadsheet column, in columns: East Asian wide and fullwidth
 * characters (Chinese, fullwidth punctuation) take two, combining marks none, everything else one.
 */
public final class DisplayWidth {

    private DisplayWidth() {
    }

    /** The display width of {@code text}; 0 for null. */
    public static int of(String text) {
        if (text == null) {
            return 0;
        }
        int w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            w += of(cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    /** The display width of one code point. */
    public static int of(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || cp == 0x200B) {
            return 0;
        }
        return isWide(cp) ? 2 : 1;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0x303E)
                || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp >= 0x4E00 && cp <= 0x9FFF)
                || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    /** {@code text} padded with spaces on the right to {@code width} columns (never cut). */
    public static String padRight(String text, int width) {
        String t = text == null ? "" : text;
        int pad = width - of(t);
        return pad <= 0 ? t : t + " ".repeat(pad);
    }

    /** {@code text} padded with spaces on the left to {@code width} columns (never cut). */
    public static String padLeft(String text, int width) {
        String t = text == null ? "" : text;
        int pad = width - of(t);
        return pad <= 0 ? t : " ".repeat(pad) + t;
    }
}
