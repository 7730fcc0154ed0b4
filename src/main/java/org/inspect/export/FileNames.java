package org.inspect.export;

import java.util.regex.Pattern;

/**
 * File names built from data (snapshot labels, county and township names, inspector ids): the one place that makes
 * such a part safe, so that no value can name a folder above the output folder, an absolute path or a device.
 */
public final class FileNames {

    /** Path separators, the characters Windows refuses in a name, and control characters. */
    private static final Pattern UNSAFE = Pattern.compile("[/\\\\:*?\"<>|\\p{Cntrl}]");
    private static final Pattern DOTS = Pattern.compile("\\.{2,}");

    private FileNames() {
    }

    /**
     * {@code value} as one part of a file name: every separator, reserved or control character and every run of
     * dots becomes {@code _}, and a leading dot or space too (no hidden file, no {@code ..}); never empty.
     */
    public static String part(String value) {
        String s = value == null ? "" : value.strip();
        s = DOTS.matcher(UNSAFE.matcher(s).replaceAll("_")).replaceAll("_");
        if (s.startsWith(".")) {
            s = "_" + s.substring(1);
        }
        return s.isEmpty() ? "_" : s;
    }
}
