package org.inspect.importing.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.inspect.importing.ParsedRow;
import org.inspect.importing.RollFile;
import org.inspect.importing.RowError;
import org.inspect.importing.RowSource;

/** Parsed rows of a CSV or xlsx file: header matched once, then one raw row at a time. */
public final class FileRowSource implements RowSource {

    private final RollFile kind;
    private final String fileName;
    private final RawReader raw;
    private final LocalDate referenceDate;
    private final Function<Cells, Object> parser;
    private final List<RowError> fileErrors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private Header header;
    private boolean ended;

    public FileRowSource(RollFile kind, String fileName, RawReader raw, LocalDate referenceDate) {
        this.kind = kind;
        this.fileName = fileName;
        this.raw = raw;
        this.referenceDate = referenceDate;
        this.parser = RowParsers.of(kind);
        readHeader();
    }

    /** A source that yields no rows, only the error that stopped the file from opening. */
    public static FileRowSource failed(RollFile kind, String fileName, String message) {
        FileRowSource s = new FileRowSource(kind, fileName, null, null);
        s.fileErrors.add(RowError.ofFile(fileName, message));
        s.ended = true;
        return s;
    }

    private void readHeader() {
        if (raw == null) {
            return;
        }
        RawRow first = nextRaw();
        while (first != null && first.blank()) {
            first = nextRaw();
        }
        if (first == null) {
            if (fileErrors.isEmpty()) {
                fileErrors.add(RowError.ofFile(fileName, Texts.get("file.empty")));
            }
            ended = true;
            return;
        }
        header = new Header(fileName, Layout.columns(kind), first);
        warnings.addAll(header.warnings());
        header.errors().forEach(e -> fileErrors.add(RowError.ofFile(fileName, e)));
        ended = !fileErrors.isEmpty();
    }

    private RawRow nextRaw() {
        try {
            return raw.next();
        } catch (MalformedFileException e) {
            fileErrors.add(new RowError(fileName, e.line(), 0, null, null, e.getMessage()));
            ended = true;
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public ParsedRow next() {
        while (!ended) {
            RawRow row = nextRaw();
            if (row == null) {
                ended = true;
                return null;
            }
            if (!row.blank()) {
                Cells cells = new Cells(fileName, row, header, referenceDate);
                Object value = parser.apply(cells);
                String member = kind == RollFile.MEMBERS ? cells.raw(Layout.ID_NUMBER).toUpperCase(Locale.ROOT) : "";
                return new ParsedRow(kind, row.line(), value, cells.errors(), emptyToNull(cells.raw(Layout.HOUSEHOLD_ID)),
                        emptyToNull(member));
            }
        }
        return null;
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    @Override
    public RowError errorAt(long line, String column, String value, String expected) {
        int index = header == null ? -1 : header.index(column);
        return new RowError(fileName, line, index + 1, header == null ? column : header.label(column), value,
                expected);
    }

    @Override
    public double progress() {
        return raw == null || ended ? 1.0 : raw.progress();
    }

    @Override
    public List<RowError> fileErrors() {
        return fileErrors;
    }

    @Override
    public List<String> warnings() {
        return warnings;
    }

    @Override
    public void close() {
        if (raw != null) {
            try {
                raw.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
