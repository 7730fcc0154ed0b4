package org.inspect.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.inspect.model.DisplayWidth;

/**
 * An .xlsx sheet streamed through POI's SXSSF (a window of rows in memory, so a province's list fits): a bold
 * header row frozen in place, text cells formatted as text (an identity number stays 18 digits when edited),
 * column widths from the widest cell of the first rows in display columns (a Chinese character counts two).
 */
final class XlsxSheet implements SheetWriter {

    private static final int WINDOW = 200;
    private static final int MEASURED_ROWS = 2000;
    private static final int MAX_WIDTH = 60;

    private final Path file;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet sheet;
    private final CellStyle textStyle;
    private final int[] widths;
    private int next;

    XlsxSheet(Path file, List<String> header) {
        this.file = file;
        workbook.setCompressTempFiles(true);
        sheet = workbook.createSheet("Sheet1");
        textStyle = workbook.createCellStyle();
        textStyle.setDataFormat(workbook.createDataFormat().getFormat("@"));
        CellStyle headerStyle = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle.setFont(bold);
        headerStyle.setDataFormat(textStyle.getDataFormat());
        widths = new int[header.size()];
        Row r = sheet.createRow(next++);
        for (int i = 0; i < header.size(); i++) {
            Cell c = r.createCell(i);
            c.setCellValue(header.get(i));
            c.setCellStyle(headerStyle);
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
                c.setCellStyle(textStyle);
            }
            if (next <= MEASURED_ROWS && i < widths.length) {
                widths[i] = Math.max(widths[i], DisplayWidth.of(shown));
            }
        }
    }

    @Override
    public void close() {
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, (Math.min(MAX_WIDTH, widths[i]) + 2) * 256);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        } finally {
            try {
                workbook.close();
            } catch (IOException e) {
                // the file is written; a temporary file left behind is the only loss
            }
        }
    }
}
