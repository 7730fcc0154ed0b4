package org.inspect.importing.internal;

import java.io.IOException;
import java.nio.file.Path;
import org.inspect.workbook.WorkbookException;
import org.inspect.workbook.XlsxRows;

/**
 * Rows of the first sheet of an {@code .xlsx} roll, streamed by {@link XlsxRows} (never held whole, cells and file
 * capped); a workbook it cannot read becomes a file error worded by the toolkit.
 */
public final class XlsxRawReader implements RawReader {

    private final XlsxRows rows;

    public XlsxRawReader(Path file) throws IOException {
        try {
            rows = XlsxRows.open(file, null);
        } catch (WorkbookException e) {
            throw malformed(e);
        }
    }

    private static MalformedFileException malformed(WorkbookException e) {
        return new MalformedFileException(e.row(), Texts.get(e.messageKey(), e.messageArgs()));
    }

    @Override
    public RawRow next() throws IOException {
        try {
            XlsxRows.Row r = rows.next();
            return r == null ? null : new RawRow(r.number(), r.cells(), r.numeric());
        } catch (WorkbookException e) {
            throw malformed(e);
        }
    }

    @Override
    public double progress() {
        return rows.progress();
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
