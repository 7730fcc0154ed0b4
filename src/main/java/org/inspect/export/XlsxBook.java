package org.inspect.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An .xlsx workbook of one or more sheets (the report's annex has one per county), each written through an
 * {@link XlsxSheet}; closing the book finishes every sheet and writes the file.
 */
public final class XlsxBook implements AutoCloseable {

    private static final int WINDOW = 200;

    private final Path file;
    private final boolean fullData;
    final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    final CellStyle textStyle;
    final CellStyle headerStyle;
    private final List<XlsxSheet> sheets = new ArrayList<>();

    XlsxBook(Path file, boolean fullData) {
        this.file = file;
        this.fullData = fullData;
        workbook.setCompressTempFiles(true);
        textStyle = workbook.createCellStyle();
        textStyle.setDataFormat(workbook.createDataFormat().getFormat("@"));
        headerStyle = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle.setFont(bold);
        headerStyle.setDataFormat(textStyle.getDataFormat());
    }

    /**
     * A new sheet named {@code name} (made safe for Excel: at most 31 characters, no {@code []:*?/\}) with its
     * header row written; its rows stay open until the book is closed (closing the sheet itself does nothing).
     */
    public SheetWriter sheet(String name, List<String> header) {
        XlsxSheet s = new XlsxSheet(this, WorkbookUtil.createSafeSheetName(name), header, false);
        sheets.add(s);
        return s;
    }

    /** The sheets written so far. */
    public int sheets() {
        return sheets.size();
    }

    /** Finishes every sheet (column widths) and writes the file. */
    @Override
    public void close() {
        sheets.forEach(XlsxSheet::finish);
        try (OutputStream out = PrivateFiles.open(file, fullData)) {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException e) {
                // the file is written; a temporary file left behind is the only loss
            }
        }
    }

    /** A single-sheet book: closing its one sheet writes the file. */
    static SheetWriter single(Path file, List<String> header, boolean fullData) {
        XlsxBook book = new XlsxBook(file, fullData);
        XlsxSheet s = new XlsxSheet(book, "Sheet1", header, true);
        book.sheets.add(s);
        return s;
    }
}
