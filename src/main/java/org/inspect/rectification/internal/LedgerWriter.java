package org.inspect.rectification.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.inspect.export.CellText;

/**
 * Writes one county's rectification ledger (整改台账) as an .xlsx workbook: a title row, the header, one row per
 * item with the fixed columns locked and the four columns the county fills in open, 整改结果 as a drop-down list,
 * 完成日期 validated as a date; the county may filter, sort and resize, and it prints landscape on the page width.
 * A hidden sheet names the county, so that the import can tell a ledger returned under the wrong name.
 */
public final class LedgerWriter {

    /** The fixed columns, then the ones the county fills in. */
    public static final List<String> HEADER = List.of("事项编号", "通知书文号", "序号", "问题类型", "户编号",
            "案件编号", "问题", "整改期限", "当前状态", "整改措施", "整改结果", "完成日期", "佐证材料");

    /** Index of the first column the county fills in (整改措施). */
    public static final int FIRST_FILLED = 9;

    /** The choices of 整改结果. */
    public static final List<String> RESULTS = List.of("已整改", "申辩", "未完成");

    /** The name of the sheet the rows are on, and of the hidden one that names the county. */
    public static final String SHEET = "整改台账";
    public static final String META = "meta";

    /** The row of the header (0-based); items follow it. */
    public static final int HEADER_ROW = 1;

    private LedgerWriter() {
    }

    /** One row's fixed cells, in {@link #HEADER}'s order up to 当前状态. */
    public record Line(long itemId, String noticeNumber, int itemNo, String rule, String householdId, String caseId,
            String detail, String deadline, String state) {
    }

    public static void write(String countyCode, String title, List<Line> lines, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet(SHEET);
            CellStyle locked = style(wb, true, false);
            CellStyle open = style(wb, false, false);
            CellStyle head = style(wb, true, true);
            Row t = sheet.createRow(0);
            t.createCell(0).setCellValue(CellText.neutralise(title));
            t.getCell(0).setCellStyle(head);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADER.size() - 1));
            Row h = sheet.createRow(HEADER_ROW);
            for (int c = 0; c < HEADER.size(); c++) {
                h.createCell(c).setCellValue(HEADER.get(c));
                h.getCell(c).setCellStyle(head);
            }
            int r = HEADER_ROW + 1;
            for (Line l : lines) {
                Row row = sheet.createRow(r++);
                String[] cells = {Long.toString(l.itemId()), l.noticeNumber(), Integer.toString(l.itemNo()), l.rule(),
                    nz(l.householdId()), nz(l.caseId()), l.detail(), l.deadline(), l.state()};
                for (int c = 0; c < cells.length; c++) {
                    // the ledger needs locked cells and a drop-down, which the export's streamed writer has not,
                    // so it applies the same neutralising rule cell by cell
                    row.createCell(c).setCellValue(CellText.neutralise(cells[c]));
                    row.getCell(c).setCellStyle(locked);
                }
                for (int c = FIRST_FILLED; c < HEADER.size(); c++) {
                    row.createCell(c).setCellStyle(open);
                }
            }
            int last = HEADER_ROW + lines.size();
            if (!lines.isEmpty()) {
                dropDown(sheet, HEADER_ROW + 1, last);
                dateValidation(sheet, HEADER_ROW + 1, last);
                CellStyle date = style(wb, false, false);
                date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
                for (int i = HEADER_ROW + 1; i <= last; i++) {
                    sheet.getRow(i).getCell(FIRST_FILLED + 2).setCellStyle(date);
                }
            }
            int[] widths = {9, 22, 6, 16, 16, 16, 60, 12, 10, 40, 12, 12, 30};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.createFreezePane(0, HEADER_ROW + 1);
            sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, last, 0, HEADER.size() - 1));
            printSetup(sheet);
            protect(sheet);
            Sheet meta = wb.createSheet(META);
            meta.createRow(0).createCell(0).setCellValue(countyCode);
            wb.setSheetHidden(wb.getSheetIndex(META), true);
            meta.protectSheet("");
            wb.write(out);
        }
    }

    /**
     * Locks the fixed columns against slips while the county filters, resizes columns and rows and sorts. (Excel
     * sorts a protected sheet only where no locked cell is in the range: the filter's sort works on a copy.)
     */
    private static void protect(XSSFSheet sheet) {
        sheet.protectSheet("");
        sheet.lockAutoFilter(false);
        sheet.lockSort(false);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
    }

    /** A4 landscape, the whole width on one page, the title and header on every page. */
    private static void printSetup(XSSFSheet sheet) {
        PrintSetup p = sheet.getPrintSetup();
        p.setPaperSize(PrintSetup.A4_PAPERSIZE);
        p.setLandscape(true);
        sheet.setFitToPage(true);
        p.setFitWidth((short) 1);
        p.setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(0, HEADER_ROW, -1, -1));
    }

    /** 完成日期: a date (typed 2019-03-30 or 2019/3/30), or Excel refuses the entry and says what it wants. */
    private static void dateValidation(Sheet sheet, int first, int last) {
        DataValidationHelper dv = sheet.getDataValidationHelper();
        DataValidationConstraint date = dv.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                "DATE(2000,1,1)", "DATE(2099,12,31)", "yyyy-mm-dd");
        DataValidation v = dv.createValidation(date, new CellRangeAddressList(first, last, FIRST_FILLED + 2,
                FIRST_FILLED + 2));
        v.setShowErrorBox(true);
        v.createErrorBox("完成日期", "请填写日期，如 2019-03-30");
        v.setShowPromptBox(true);
        v.createPromptBox("完成日期", "已整改的，填写完成日期，如 2019-03-30");
        sheet.addValidationData(v);
    }

    private static void dropDown(Sheet sheet, int first, int last) {
        DataValidationHelper dv = sheet.getDataValidationHelper();
        DataValidationConstraint list = dv.createExplicitListConstraint(RESULTS.toArray(new String[0]));
        DataValidation v = dv.createValidation(list, new CellRangeAddressList(first, last, FIRST_FILLED + 1,
                FIRST_FILLED + 1));
        v.setShowErrorBox(true);
        v.setSuppressDropDownArrow(true);
        sheet.addValidationData(v);
    }

    private static CellStyle style(XSSFWorkbook wb, boolean isLocked, boolean bold) {
        CellStyle s = wb.createCellStyle();
        s.setLocked(isLocked);
        s.setWrapText(true);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        if (isLocked) {
            s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        if (bold) {
            Font f = wb.createFont();
            f.setBold(true);
            s.setFont(f);
        }
        return s;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
