package org.inspect.report.internal;

import java.nio.file.Path;

/**
 * A font file and, for a collection ({@code .ttc}), the face to use; {@code face < 0} means "pick the
 * Simplified Chinese face by its name". Written in config as {@code /path/file.ttc,2}.
 */
record FontSpec(Path file, int face) {

    /** Parses {@code path} or {@code path,index}. */
    public static FontSpec parse(String text) {
        String t = text.trim();
        int comma = t.lastIndexOf(',');
        if (comma > 0 && t.substring(comma + 1).trim().matches("\\d+")) {
            return new FontSpec(Path.of(t.substring(0, comma).trim()), Integer.parseInt(t.substring(comma + 1).trim()));
        }
        return new FontSpec(Path.of(t), -1);
    }

    boolean isCollection() {
        return file.getFileName().toString().toLowerCase().endsWith(".ttc");
    }

    @Override
    public String toString() {
        return face >= 0 ? file + "," + face : file.toString();
    }
}
