package org.inspect.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Opens the toolkit's spreadsheet writers. */
public final class Sheets {

    private Sheets() {
    }

    /** A writer for {@code file} in {@code format}, its header row already written; parent folders are made. */
    public static SheetWriter open(Path file, SheetFormat format, List<String> header) {
        return open(file, format, header, false);
    }

    /**
     * {@link #open(Path, SheetFormat, List)} for a file that holds personal data in full when {@code fullData}:
     * it is then written readable by its owner only ({@link PrivateFiles}).
     */
    public static SheetWriter open(Path file, SheetFormat format, List<String> header, boolean fullData) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                if (fullData) {
                    PrivateFiles.directories(parent);
                } else {
                    Files.createDirectories(parent);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of " + file, e);
        }
        return format == SheetFormat.XLSX ? XlsxBook.single(file, header, fullData)
                : CsvSheet.toFile(file, header, fullData);
    }

    /** An .xlsx workbook of several sheets ({@link XlsxBook#sheet}); parent folders are made. */
    public static XlsxBook workbook(Path file) {
        return workbook(file, false);
    }

    /** An .xlsx workbook of several sheets, written readable by its owner only when {@code fullData}. */
    public static XlsxBook workbook(Path file, boolean fullData) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                if (fullData) {
                    PrivateFiles.directories(parent);
                } else {
                    Files.createDirectories(parent);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of " + file, e);
        }
        return new XlsxBook(file, fullData);
    }

    /** A writer for {@code file} in the format its name asks for (.xlsx, else CSV). */
    public static SheetWriter open(Path file, List<String> header) {
        return open(file, SheetFormat.of(file), header);
    }

    /** The header row of {@code columns} in {@code lang}. */
    public static List<String> header(List<Column> columns, HeaderLanguage lang) {
        return columns.stream().map(c -> c.header(lang)).toList();
    }

    /**
     * A CSV writer over an open writer (the terminal), which it leaves open; {@code bom} writes the byte-order
     * mark first (for a file; not for a terminal).
     */
    public static SheetWriter csv(Writer out, List<String> header, boolean bom) {
        return CsvSheet.over(out, header, bom);
    }
}
