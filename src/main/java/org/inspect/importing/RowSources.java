package org.inspect.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.inspect.importing.internal.CsvRawReader;
import org.inspect.importing.internal.PrefetchingRawReader;
import org.inspect.importing.internal.FileRowSource;
import org.inspect.importing.internal.MalformedFileException;
import org.inspect.importing.internal.RawReader;
import org.inspect.importing.internal.XlsxRawReader;

/** Opens a CSV or xlsx interchange file as a stream of parsed rows. */
public final class RowSources {

    private RowSources() {
    }

    /**
     * Opens {@code file} (by its extension) as rows of {@code kind}. A file that cannot be opened or whose
     * header lacks a required column yields no rows and reports {@link RowSource#fileErrors()}.
     *
     * @param referenceDate birth dates after it are errors; null to skip that check
     */
    public static RowSource open(Path file, RollFile kind, LocalDate referenceDate) {
        String name = file.getFileName().toString();
        RawReader raw;
        try {
            raw = name.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? new XlsxRawReader(file)
                    : new PrefetchingRawReader(new CsvRawReader(file), name);
        } catch (MalformedFileException e) {
            return FileRowSource.failed(kind, name, e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return new FileRowSource(kind, name, raw, referenceDate);
    }
}
