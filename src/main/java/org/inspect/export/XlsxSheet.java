package org.inspect.export;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.inspect.model.DisplayWidth;

/**
 * An .xlsx sheet streamed through POI's SXSSF (a window of rows in memory, so a province's list fits): a bold
 * header row frozen in place, text cells formatted as text (an identity number stays 18 digits when edited),
 * column widths from the widest cell of the first rows in display columns (a Chinese character counts two).
 */
final class XlsxSheet implements SheetWriter {

    private static final int MEASURED_ROWS = 2000;
    private static final int MAX_WIDTH = 60;

    private final XlsxBook book;
    private final SXSSFSheet sheet;
    private final int[] widths;
    private final boolean closesBook;
    private int next;

    XlsxSheet(XlsxBook book, String name, List<String> header, boolean closesBook) {
        this.book = book;
        this.closesBook = closesBook;
        sheet = book.workbook.createSheet(name);
        widths = new int[header.size()];
        Row r = sheet.createRow(next++);
        for (int i = 0; i < header.size(); i++) {
            Cell c = r.createCell(i);
            c.setCellValue(header.get(i));
            c.setCellStyle(book.headerStyle);
            widths[i] = DisplayWidth.of(header.get(i));
        }
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void row(List<?> cells) {
        Row r = sheet.createRow(next++);
        for (int i = 0; i < cells.size(); i++) {
            Object v = cells.get(i);
            if (v == null) {
                continue;
            }
            Cell c = r.createCell(i);
            String shown;
            if (v instanceof Number n) {
                c.setCellValue(n.doubleValue());
                shown = CsvSheet.text(n);
            } else {
                shown = CellText.neutralise(v.toString());
                c.setCellValue(shown);
                c.setCellStyle(book.textStyle);
            }
            if (next <= MEASURED_ROWS && i < widths.length) {
                widths[i] = Math.max(widths[i], DisplayWidth.of(shown));
            }
        }
    }

    /** Sets the column widths (before the book is written). */
    void finish() {
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, (Math.min(MAX_WIDTH, widths[i]) + 2) * 256);
        }
    }

    /** Writes the file when this is the book's only sheet; a sheet of a larger book is finished by the book. */
    @Override
    public void close() {
        if (closesBook) {
            book.close();
        }
    }
}
