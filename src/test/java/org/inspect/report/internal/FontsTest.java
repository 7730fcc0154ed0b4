package org.inspect.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inspect.error.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FontsTest {

    private static final Path NOTO = Path.of("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc");
    private static final Path WQY = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

    @Test
    void withoutAnyCjkFontSaysWhichPackageOrSettingFixesIt() {
        BadInputException e = assertThrows(BadInputException.class, () -> Fonts.choose(null, null, List.of()));
        assertTrue(e.getMessage().contains("apt-get install fonts-noto-cjk"), e.getMessage());
        assertTrue(e.getMessage().contains("font.main"), e.getMessage());
    }

    @Test
    void takesTheFirstSystemFontAndTheNextFileAsFallback() {
        Fonts f = Fonts.choose(null, null, List.of(NOTO, WQY));
        assertEquals(NOTO, f.main().file());
        assertEquals(WQY, f.fallback().file());
    }

    @Test
    void configuredFontWins() {
        Fonts f = Fonts.choose(new FontSpec(WQY, 0), null, List.of(NOTO, WQY));
        assertEquals(WQY, f.main().file());
        assertEquals(NOTO, f.fallback().file());
    }

    @Test
    void aSingleFontHasNoFallback() {
        assertNull(Fonts.choose(null, null, List.of(WQY)).fallback());
    }

    @Test
    void parsesACollectionFaceIndex() {
        FontSpec spec = FontSpec.parse("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc,2");
        assertEquals(2, spec.face());
        assertEquals(-1, FontSpec.parse("C:/Windows/Fonts/simhei.ttf").face());
    }

    @Test
    void configuredFileThatDoesNotExistIsNamed(@TempDir Path dir) throws IOException {
        Path config = dir.resolve("fonts.properties");
        Files.writeString(config, "font.main=/nowhere/font.ttc,2\n");
        BadInputException e = assertThrows(BadInputException.class, () -> Fonts.locate(config));
        assertTrue(e.getMessage().contains("/nowhere/font.ttc"));
    }

    @Test
    void shippedConfigLeavesTheChoiceToTheSystemSearch() {
        Fonts f = Fonts.locate(Path.of("config/fonts.properties"));
        assertTrue(Files.isReadable(f.main().file()));
    }

    @Test
    void picksTheSimplifiedChineseFaceOfACollection() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(NOTO));
        String name = FontLoader.program(new FontSpec(NOTO, -1)).getFontNames().getFontName();
        assertTrue(name.contains("SC") || name.contains("sc"), name);
    }
}
