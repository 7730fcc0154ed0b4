package org.inspect.rectification.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads a returned ledger: the county it was written for and each row's item number and the four cells the county
 * filled in. It only reads and parses; a cell that cannot be read becomes an error with its file, row and column
 * (as Excel shows them: row 5, column L), and the checks against the items are the service's.
 */
public final class LedgerReader {

    private static final DataFormatter TEXT = new DataFormatter();

    private LedgerReader() {
    }

    /** A problem in a cell: the file, the row and column as Excel shows them, a message key and its arguments. */
    public record CellError(Path file, int row, String column, String key, Object... args) {
    }

    /** A row the county filled in (blank rows are not returned). */
    public record Filled(Path file, int row, long itemId, String measures, String result, LocalDate doneOn,
            List<String> evidence) {
    }

    /** What a ledger holds: its county, its filled rows, and the errors of its cells. */
    public record Ledger(Path file, String countyCode, List<Filled> rows, List<CellError> errors) {
    }

    public static Ledger read(Path file) {
        List<Filled> rows = new ArrayList<>();
        List<CellError> errors = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet meta = wb.getSheet(LedgerWriter.META);
            Sheet sheet = wb.getSheet(LedgerWriter.SHEET);
            if (sheet == null || meta == null || meta.getRow(0) == null) {
                errors.add(new CellError(file, 0, "", "rect.ledger.notLedger"));
                return new Ledger(file, null, rows, errors);
            }
            String county = TEXT.formatCellValue(meta.getRow(0).getCell(0)).strip();
            for (int r = LedgerWriter.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row != null) {
                    read(file, row, rows, errors);
                }
            }
            return new Ledger(file, county, rows, errors);
        } catch (IOException | RuntimeException e) {
            errors.add(new CellError(file, 0, "", "rect.ledger.unreadable", String.valueOf(e.getMessage())));
            return new Ledger(file, null, rows, errors);
        }
    }

    private static void read(Path file, Row row, List<Filled> rows, List<CellError> errors) {
        int f = LedgerWriter.FIRST_FILLED;
        String measures = text(row.getCell(f));
        String result = text(row.getCell(f + 1));
        Cell dateCell = row.getCell(f + 2);
        String dateText = text(dateCell);
        String evidence = text(row.getCell(f + 3));
        if (measures.isEmpty() && result.isEmpty() && dateText.isEmpty() && evidence.isEmpty()) {
            return;
        }
        int excelRow = row.getRowNum() + 1;
        String idText = text(row.getCell(0));
        long itemId;
        try {
            itemId = Long.parseLong(idText);
        } catch (NumberFormatException e) {
            errors.add(new CellError(file, excelRow, col(0), "rect.ledger.badItem", idText));
            return;
        }
        LocalDate doneOn = null;
        if (!dateText.isEmpty()) {
            doneOn = date(dateCell, dateText);
            if (doneOn == null) {
                errors.add(new CellError(file, excelRow, col(f + 2), "rect.ledger.badDate", dateText));
            }
        }
        rows.add(new Filled(file, excelRow, itemId, measures, result, doneOn, names(evidence)));
    }

    /** The column letter of a 0-based index, as Excel shows it. */
    public static String col(int index) {
        return CellReference.convertNumToColString(index);
    }

    private static LocalDate date(Cell cell, String text) {
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        String t = text.replace('/', '-').replace('.', '-').replace("年", "-").replace("月", "-").replace("日", "");
        try {
            String[] p = t.split("-");
            if (p.length == 3) {
                return LocalDate.of(Integer.parseInt(p[0].strip()), Integer.parseInt(p[1].strip()),
                        Integer.parseInt(p[2].strip()));
            }
            return LocalDate.parse(t);
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return null;
        }
    }

    private static List<String> names(String cell) {
        if (cell.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(cell.split("[、,，;；\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String text(Cell c) {
        return c == null ? "" : TEXT.formatCellValue(c).strip();
    }
}
