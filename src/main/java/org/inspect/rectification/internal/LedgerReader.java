package org.inspect.rectification.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.inspect.workbook.WorkbookException;
import org.inspect.workbook.XlsxRows;

/**
 * Reads a returned ledger: the county it was written for and each row's item number and the four cells the county
 * filled in. It only reads and parses; a cell that cannot be read becomes an error with its file, row and column
 * (as Excel shows them: row 5, column L), and the checks against the items are the service's.
 */
public final class LedgerReader {

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

    /**
     * Reads the ledger streaming (a returned ledger may carry a whole column formatted down to row 1,048,576: its
     * blank rows cost time, never memory), its cells and size capped; a workbook that cannot be read is one error
     * worded by the toolkit.
     */
    public static Ledger read(Path file) {
        List<Filled> rows = new ArrayList<>();
        List<CellError> errors = new ArrayList<>();
        try {
            String county = county(file);
            if (county == null) {
                errors.add(new CellError(file, 0, "", "rect.ledger.notLedger"));
                return new Ledger(file, null, rows, errors);
            }
            try (XlsxRows sheet = XlsxRows.open(file, LedgerWriter.SHEET)) {
                for (XlsxRows.Row row = sheet.next(); row != null; row = sheet.next()) {
                    if (row.number() > LedgerWriter.HEADER_ROW + 1) {
                        read(file, row, rows, errors);
                    }
                }
            }
            return new Ledger(file, county, rows, errors);
        } catch (WorkbookException e) {
            if ("workbook.noSheet".equals(e.messageKey())) {
                errors.add(new CellError(file, 0, "", "rect.ledger.notLedger"));
            } else {
                errors.add(new CellError(file, e.row() > 0 ? (int) e.row() : 0, "", e.messageKey(),
                        e.messageArgs()));
            }
            return new Ledger(file, null, rows, errors);
        }
    }

    /** The county code the ledger was written for (cell A1 of its hidden sheet), or null when it has none. */
    private static String county(Path file) {
        try (XlsxRows meta = XlsxRows.open(file, LedgerWriter.META)) {
            XlsxRows.Row first = meta.next();
            return first == null || first.number() != 1 || first.cell(0).isBlank() ? null : first.cell(0).strip();
        }
    }

    private static void read(Path file, XlsxRows.Row row, List<Filled> rows, List<CellError> errors) {
        int f = LedgerWriter.FIRST_FILLED;
        String measures = row.cell(f).strip();
        String result = row.cell(f + 1).strip();
        String dateText = row.cell(f + 2).strip();
        String evidence = row.cell(f + 3).strip();
        if (measures.isEmpty() && result.isEmpty() && dateText.isEmpty() && evidence.isEmpty()) {
            return;
        }
        int excelRow = (int) row.number();
        String idText = row.cell(0).strip();
        long itemId;
        try {
            itemId = Long.parseLong(idText);
        } catch (NumberFormatException e) {
            errors.add(new CellError(file, excelRow, col(0), "rect.ledger.badItem", idText));
            return;
        }
        LocalDate doneOn = null;
        if (!dateText.isEmpty()) {
            doneOn = date(dateText);
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

    /** A date as the reader gives a date-formatted cell ({@code yyyy-MM-dd}) or as a clerk types one. */
    private static LocalDate date(String text) {
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
}
