package org.inspect.importing.internal;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * RFC 4180 rows of a CSV file with their physical line numbers (the header is line 1; a quoted cell
 * spanning lines moves the next row's number on).
 */
public final class CsvRawReader implements RawReader {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private final CountingStream counter;
    private final long size;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;

    public CsvRawReader(Path file) throws IOException {
        CsvEncoding.Detected enc = CsvEncoding.detect(file);
        size = Math.max(1, Files.size(file));
        counter = new CountingStream(Files.newInputStream(file));
        if (enc.bom()) {
            counter.skipNBytes(3);
        }
        parser = CSVParser.parse(new BufferedReader(new InputStreamReader(counter, enc.charset())), FORMAT);
        records = parser.iterator();
    }

    @Override
    public RawRow next() throws IOException {
        long line = parser.getCurrentLineNumber() + 1;
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord r = records.next();
            List<String> cells = new ArrayList<>(r.size());
            r.forEach(cells::add);
            return new RawRow(line, cells);
        } catch (UncheckedIOException e) {
            throw new MalformedFileException(line, Texts.get("file.malformedCsv", line, e.getCause().getMessage()));
        }
    }

    @Override
    public double progress() {
        return Math.min(1.0, (double) counter.count / size);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** Counts the bytes handed to the decoder, for progress. */
    private static final class CountingStream extends FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            count += s;
            return s;
        }
    }
}
