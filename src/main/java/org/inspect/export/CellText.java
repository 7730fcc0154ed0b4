package org.inspect.export;

/**
 * Text as it may go into a spreadsheet cell: a text that begins with {@code =}, {@code +}, {@code -}, {@code @},
 * a tab or a carriage return is a formula (or the start of one) to Excel and LibreOffice, so it gets a leading
 * {@code '} (OWASP, "CSV injection"). Numbers the toolkit writes itself are passed as numbers and never touched.
 */
public final class CellText {

    private CellText() {
    }

    /** {@code text} with a leading {@code '} when a spreadsheet would read it as a formula. */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        char c = text.charAt(0);
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
            return "'" + text;
        }
        return text;
    }
}
