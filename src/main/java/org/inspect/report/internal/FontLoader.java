package org.inspect.report.internal;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.layout.font.FontProvider;
import com.itextpdf.layout.font.FontSet;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.inspect.error.BadInputException;

/**
 * Loads the located fonts for iText (a {@link FontProvider} per document with the main font first and the
 * fallback second, so that a glyph the main font lacks is taken from the fallback character by character) and
 * for AWT (charts). Font programs are parsed once per process: a CJK collection is 20–30 MB.
 */
public final class FontLoader {

    /** Family aliases the documents ask for. */
    public static final String MAIN = "inspect-main";
    public static final String FALLBACK = "inspect-fallback";

    private static final Map<String, FontProgram> PROGRAMS = new ConcurrentHashMap<>();
    private static final Map<String, Font[]> AWT_FACES = new ConcurrentHashMap<>();

    private final Fonts fonts;

    public FontLoader(Fonts fonts) {
        this.fonts = fonts;
    }

    public Fonts fonts() {
        return fonts;
    }

    /** A fresh provider (PDF fonts are per document) holding the main font and, if any, the fallback. */
    public FontProvider provider() {
        FontSet set = new FontSet();
        set.addFont(program(fonts.main()), PdfEncodings.IDENTITY_H, MAIN);
        if (fonts.fallback() != null) {
            set.addFont(program(fonts.fallback()), PdfEncodings.IDENTITY_H, FALLBACK);
        }
        return new FontProvider(set, MAIN);
    }

    /** The families to set on a document: main first, then the fallback. */
    public String[] families() {
        return fonts.fallback() != null ? new String[] {MAIN, FALLBACK} : new String[] {MAIN};
    }

    /** The main font program, for glyph checks. */
    public FontProgram mainProgram() {
        return program(fonts.main());
    }

    public FontProgram fallbackProgram() {
        return fonts.fallback() == null ? null : program(fonts.fallback());
    }

    /** The main font as an AWT font of the given size, for chart labels. */
    public Font awt(float size) {
        return loadAwt(fonts.main()).deriveFont(size);
    }

    static FontProgram program(FontSpec spec) {
        return PROGRAMS.computeIfAbsent(spec.toString(), k -> loadProgram(spec));
    }

    private static FontProgram loadProgram(FontSpec spec) {
        String file = spec.file().toString();
        try {
            if (!spec.isCollection()) {
                return FontProgramFactory.createFont(file, true);
            }
            int face = spec.face() >= 0 ? spec.face() : simplifiedChineseFace(file);
            return FontProgramFactory.createFont(file, face, true);
        } catch (IOException | RuntimeException e) {
            throw new BadInputException("cannot load font " + spec + ": " + e.getMessage()
                    + "; set font.main in config/fonts.properties to a TrueType/OpenType CJK font", e);
        }
    }

    /**
     * The face of a collection whose family name marks it Simplified Chinese ("... SC", "GB", "SimSun"), else 0.
     * The names come from AWT's faces of the file (read once, and needed for the charts anyway): iText would
     * parse every face of a 20–30 MB collection in full just to read its names.
     */
    private static int simplifiedChineseFace(String file) {
        Font[] faces = awtFaces(java.nio.file.Path.of(file));
        for (int i = 0; i < faces.length; i++) {
            if (isSimplifiedChinese(faces[i].getFamily(java.util.Locale.ROOT))) {
                return i;
            }
        }
        return 0;
    }

    private static Font[] awtFaces(java.nio.file.Path file) {
        return AWT_FACES.computeIfAbsent(file.toString(), k -> {
            try {
                return Font.createFonts(file.toFile());
            } catch (IOException | FontFormatException e) {
                throw new BadInputException("cannot load font " + file + ": " + e.getMessage(), e);
            }
        });
    }

    static boolean isSimplifiedChinese(String family) {
        return family != null && (family.endsWith(" SC") || family.contains("GB") || family.equals("SimSun")
                || family.equals("Songti SC") || family.contains("PingFang SC"));
    }

    private static Font loadAwt(FontSpec spec) {
        Font[] faces = awtFaces(spec.file());
        return faces[spec.face() >= 0 && spec.face() < faces.length ? spec.face()
                : simplifiedChineseFace(spec.file().toString())];
    }
}
