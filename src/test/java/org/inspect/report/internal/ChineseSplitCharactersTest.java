package org.inspect.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.io.font.otf.GlyphLine;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.listener.LocationTextExtractionStrategy;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.splitting.DefaultSplitCharacters;
import com.itextpdf.layout.splitting.ISplitCharacters;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Chinese line breaking: no closing punctuation at a line start, no opening punctuation at a line end. */
class ChineseSplitCharactersTest {

    private static final FontLoader FONTS = new FontLoader(Fonts.locate(Path.of("config/fonts.properties")));
    private static final String TEXT = "经核查，该户家庭人均月收入低于当地低保标准，且财产状况符合规定，应当纳入低保；"
            + "县（市、区）民政局未作出书面结论，也未备案。请于“六月底”前整改！是否已整改？已整改、已核验、已销号。";

    @TempDir
    Path dir;

    /** text, glyph position, whether a line may break after it. */
    static Stream<Arguments> breaks() {
        return Stream.of(
                Arguments.of("甲乙，丙", 1, false), // "，" would start the next line
                Arguments.of("甲乙，丙", 2, true),  // after the comma is fine
                Arguments.of("甲乙丙", 0, true),    // between ideographs is fine
                Arguments.of("甲（乙）", 1, false), // "（" must not end a line
                Arguments.of("甲乙）丙", 1, false),
                Arguments.of("核验。”好", 2, false), // no break between "。" and "”"
                Arguments.of("电话0538-6212345", 6, false)); // a telephone number stays whole
    }

    @ParameterizedTest
    @MethodSource("breaks")
    void allowsABreakOnlyWhereChineseTypesettingDoes(String text, int pos, boolean allowed) {
        PdfFont font = PdfFontFactory.createFont(FONTS.mainProgram(), PdfEncodings.IDENTITY_H);
        GlyphLine line = font.createGlyphLine(text);
        assertEquals(allowed, new ChineseSplitCharacters().isSplitCharacter(line, pos), text + " @" + pos);
    }

    @Test
    void noLaidOutLineStartsWithClosingPunctuation() throws IOException {
        List<String> starts = lineStarts(new ChineseSplitCharacters());
        assertTrue(starts.size() > 40, "enough lines to have met every comma");
        starts.forEach(s -> assertFalse(ChineseSplitCharacters.isClosing(s.codePointAt(0)), "line starts with " + s));
    }

    @Test
    void defaultBreakingWouldStartALineWithAComma() throws IOException {
        assertTrue(lineStarts(new DefaultSplitCharacters()).stream()
                .anyMatch(s -> ChineseSplitCharacters.isClosing(s.codePointAt(0))));
    }

    /** Lays the text out at many widths and returns the first character of every line. */
    private List<String> lineStarts(ISplitCharacters split) throws IOException {
        Path file = dir.resolve("lines.pdf");
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(file.toString()));
                Document doc = new Document(pdf, PageSize.A4)) {
            doc.setFontProvider(FONTS.provider());
            doc.setFontFamily(FONTS.families());
            for (int width = 60; width <= 300; width += 7) {
                Paragraph p = new Paragraph(TEXT).setWidth(width).setFontSize(10);
                p.setProperty(Property.SPLIT_CHARACTERS, split);
                doc.add(p);
            }
        }
        List<String> starts = new ArrayList<>();
        try (PdfDocument pdf = new PdfDocument(new PdfReader(file.toString()))) {
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                for (String line : PdfTextExtractor.getTextFromPage(pdf.getPage(i),
                        new LocationTextExtractionStrategy()).split("\n")) {
                    String t = line.strip();
                    if (!t.isEmpty()) {
                        starts.add(t.substring(0, 1));
                    }
                }
            }
        }
        return starts;
    }
}
