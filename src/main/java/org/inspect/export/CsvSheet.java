package org.inspect.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** A CSV sheet: RFC 4180, UTF-8 with a byte-order mark when it is a file. */
final class CsvSheet implements SheetWriter {

    private final Writer out;
    private final CSVPrinter printer;
    private final boolean closeOut;

    private CsvSheet(Writer out, List<String> header, boolean bom, boolean closeOut) throws IOException {
        this.out = out;
        this.closeOut = closeOut;
        if (bom) {
            out.write('\uFEFF');
        }
        this.printer = new CSVPrinter(out, CSVFormat.RFC4180);
        printer.printRecord(header);
    }

    static CsvSheet toFile(Path file, List<String> header, boolean fullData) {
        try {
            return new CsvSheet(PrivateFiles.writer(file, fullData), header, true, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    static CsvSheet over(Writer out, List<String> header, boolean bom) {
        try {
            return new CsvSheet(out, header, bom, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void row(List<?> cells) {
        List<String> texts = new ArrayList<>(cells.size());
        for (Object c : cells) {
            texts.add(text(c));
        }
        try {
            printer.printRecord(texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (cell instanceof Number n) {
            return n.toString();
        }
        return CellText.neutralise(cell.toString());
    }

    @Override
    public void close() {
        try {
            printer.flush();
            if (closeOut) {
                out.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
