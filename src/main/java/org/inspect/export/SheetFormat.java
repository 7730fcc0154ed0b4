package org.inspect.export;

import java.nio.file.Path;
import java.util.Locale;

/** The two spreadsheet formats the toolkit writes. */
public enum SheetFormat {
    CSV("csv"), XLSX("xlsx");

    private final String extension;

    SheetFormat(String extension) {
        this.extension = extension;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** {@code base} with this format's extension: {@code sample} becomes {@code sample.xlsx}. */
    public String fileName(String base) {
        return base + "." + extension;
    }

    /** The format a file name asks for: .xlsx, else CSV. */
    public static SheetFormat of(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx") ? XLSX : CSV;
    }
}
