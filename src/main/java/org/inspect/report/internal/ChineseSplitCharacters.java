package org.inspect.report.internal;

import com.itextpdf.io.font.otf.Glyph;
import com.itextpdf.io.font.otf.GlyphLine;
import com.itextpdf.layout.splitting.DefaultSplitCharacters;
import com.itextpdf.layout.splitting.ISplitCharacters;

/**
 * Chinese line breaking (GB/T 15834 and common typesetting practice): a line never starts with closing
 * punctuation (，。、；：？！）》」』” …) and never ends with opening punctuation (（《「『“ …). iText's default allows a
 * break after every ideograph, so "，" would otherwise start a line. A break is allowed after the glyph at
 * {@code glyphPos} unless the next glyph is closing punctuation or this one is opening punctuation.
 */
final class ChineseSplitCharacters implements ISplitCharacters {

    static final String CLOSING = "，。、；：？！）》」』】〕〉”’…—·％,.;:?!)]}%";
    static final String OPENING = "（《「『【〔〈“‘([{";

    private final ISplitCharacters base = new DefaultSplitCharacters();

    @Override
    public boolean isSplitCharacter(GlyphLine text, int glyphPos) {
        int c = unicode(text.get(glyphPos));
        if (isOpening(c)) {
            return false;
        }
        if (glyphPos + 1 < text.getEnd() && isClosing(unicode(text.get(glyphPos + 1)))) {
            return false;
        }
        if (c == '-' && isDigit(text, glyphPos - 1) && isDigit(text, glyphPos + 1)) {
            return false; // a telephone number (0538-6212345) or a date range stays whole
        }
        return isClosingFullWidth(c) || base.isSplitCharacter(text, glyphPos);
    }

    /** True if {@code c} must not start a line. */
    public static boolean isClosing(int c) {
        return c >= 0 && CLOSING.indexOf(c) >= 0;
    }

    static boolean isOpening(int c) {
        return c >= 0 && OPENING.indexOf(c) >= 0;
    }

    /** Full-width closing marks end a CJK clause, so a break may follow them (ASCII ones follow the default). */
    private static boolean isClosingFullWidth(int c) {
        return c > 0x2000 && isClosing(c);
    }

    private static boolean isDigit(GlyphLine text, int pos) {
        return pos >= text.getStart() && pos < text.getEnd() && Character.isDigit(unicode(text.get(pos)));
    }

    private static int unicode(Glyph g) {
        return g.hasValidUnicode() ? g.getUnicode() : -1;
    }
}
