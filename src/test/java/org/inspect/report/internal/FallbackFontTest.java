package org.inspect.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inspect.report.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A name character the main font lacks is drawn from the fallback font instead of vanishing. */
class FallbackFontTest {

    private static final Path WQY = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    private static final Path NOTO = Path.of("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc");

    @TempDir
    Path dir;

    @Test
    void rareCharacterComesFromTheFallbackFont() throws Exception {
        assumeTrue(Files.isReadable(WQY) && Files.isReadable(NOTO), "needs fonts-wqy-microhei and fonts-noto-cjk");
        FontLoader fonts = new FontLoader(Fonts.choose(new FontSpec(WQY, 0), new FontSpec(NOTO, -1), java.util.List.of()));
        String rare = missingFromMainOnly(fonts.mainProgram(), fonts.fallbackProgram());
        assumeTrue(rare != null, "no character found that only the fallback has");

        Path file = dir.resolve("fallback.pdf");
        Template common = new Templates(Path.of("templates")).load("common", Lang.ZH);
        try (PdfDoc doc = new PdfDoc(file, fonts, common, Lang.ZH)) {
            doc.part(null, false);
            doc.para("户主张" + rare + "英");
        }
        try (PdfDocument pdf = new PdfDocument(new PdfReader(file.toString()))) {
            String text = PdfTextExtractor.getTextFromPage(pdf.getPage(1));
            assertTrue(text.contains("张" + rare + "英"), text);
            assertEquals(2, pdf.getPage(1).getResources().getResource(PdfName.Font).size(), "main and fallback font");
        }
    }

    /** The first CJK Extension A or B character the fallback has and the main font lacks. */
    private static String missingFromMainOnly(FontProgram main, FontProgram fallback) {
        int[][] ranges = {{0x3400, 0x4DBF}, {0x20000, 0x2A6DF}};
        for (int[] r : ranges) {
            for (int cp = r[0]; cp <= r[1]; cp++) {
                if (main.getGlyph(cp) == null && fallback.getGlyph(cp) != null) {
                    return new String(Character.toChars(cp));
                }
            }
        }
        return null;
    }
}
