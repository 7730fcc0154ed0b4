package org.inspect.report.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.inspect.error.BadInputException;

/**
 * Finds the CJK fonts documents are set in: the files named in {@code config/fonts.properties}, else the usual
 * system locations on Linux, Windows and macOS, in order of preference. The fallback font is the next font found
 * in another file, so a character the main font lacks (a rare name character) is drawn from it.
 */
public final class Fonts {

    /** Keys of {@code fonts.properties}. */
    static final String MAIN = "font.main";
    static final String FALLBACK = "font.fallback";

    /** Preference order: a serif (宋体-like) face for official documents first, then sans faces. */
    static final List<String> SYSTEM_CANDIDATES = List.of(
            // Linux: Debian/Ubuntu fonts-noto-cjk, Fedora google-noto-*-cjk, Arch noto-fonts-cjk
            "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
            "/usr/share/fonts/google-noto-serif-cjk-fonts/NotoSerifCJK-Regular.ttc",
            "/usr/share/fonts/noto-cjk/NotoSerifCJK-Regular.ttc",
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/google-noto-sans-cjk-fonts/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
            "/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc",
            // Windows
            "C:/Windows/Fonts/simsun.ttc",
            "C:/Windows/Fonts/msyh.ttc",
            "C:/Windows/Fonts/simhei.ttf",
            // macOS
            "/System/Library/Fonts/Supplemental/Songti.ttc",
            "/Library/Fonts/Songti.ttc",
            "/System/Library/Fonts/PingFang.ttc",
            "/System/Library/Fonts/STHeiti Light.ttc");

    static final String FIX = "没有找到中文字体（No CJK font found）。请安装字体：Debian/Ubuntu 执行 "
            + "`apt-get install fonts-noto-cjk`（或 fonts-wqy-microhei），Fedora 执行 `dnf install google-noto-serif-cjk-fonts`；"
            + "或在 config/fonts.properties 中设置 font.main=字体文件路径（.ttc 可加 ,序号）。";

    private final FontSpec main;
    private final FontSpec fallback;

    Fonts(FontSpec main, FontSpec fallback) {
        this.main = main;
        this.fallback = fallback;
    }

    public FontSpec main() {
        return main;
    }

    /** The second font for missing glyphs, or {@code null} when only one CJK font is on the machine. */
    public FontSpec fallback() {
        return fallback;
    }

    /** Fonts from {@code configFile} (may be absent or have empty values), else from the system locations. */
    public static Fonts locate(Path configFile) {
        Properties p = read(configFile);
        List<Path> found = new ArrayList<>();
        for (String c : SYSTEM_CANDIDATES) {
            Path path = Path.of(c);
            if (Files.isReadable(path)) {
                found.add(path);
            }
        }
        return choose(configured(p, MAIN, configFile), configured(p, FALLBACK, configFile), found);
    }

    /** The choice, separated from the file system so that it can be tested. */
    static Fonts choose(FontSpec configuredMain, FontSpec configuredFallback, List<Path> systemFonts) {
        FontSpec main = configuredMain != null ? configuredMain
                : systemFonts.isEmpty() ? null : new FontSpec(systemFonts.get(0), -1);
        if (main == null) {
            throw new BadInputException(FIX);
        }
        FontSpec fallback = configuredFallback;
        if (fallback == null) {
            fallback = systemFonts.stream().filter(f -> !f.equals(main.file())).findFirst()
                    .map(f -> new FontSpec(f, -1)).orElse(null);
        }
        return new Fonts(main, fallback);
    }

    private static FontSpec configured(Properties p, String key, Path configFile) {
        String v = p.getProperty(key, "").trim();
        if (v.isEmpty()) {
            return null;
        }
        FontSpec spec = FontSpec.parse(v);
        if (!Files.isReadable(spec.file())) {
            throw new BadInputException(configFile + ": " + key + "=" + v + " 指定的字体文件不存在或不可读（font file not found）");
        }
        return spec;
    }

    private static Properties read(Path configFile) {
        Properties p = new Properties();
        if (configFile != null && Files.isReadable(configFile)) {
            try (InputStream in = Files.newInputStream(configFile);
                    Reader r = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new BadInputException(configFile + ": cannot read font settings: " + e.getMessage(), e);
            }
        }
        return p;
    }
}
