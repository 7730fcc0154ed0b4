package org.inspect.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetsTest {

    @TempDir
    Path dir;

    private static final String FORMULA = "=HYPERLINK(\"http://x\",\"y\")";

    @Test
    void csvFileStartsWithByteOrderMarkAndNeutralisesFormulas() throws Exception {
        Path f = dir.resolve("a.csv");
        try (SheetWriter w = Sheets.open(f, List.of("姓名", "金额"))) {
            w.row(FORMULA, new BigDecimal("-12.50"));
            w.row("+1", -3);
            w.row("@x", null);
            w.row("\tx", "a-b");
        }
        byte[] bytes = Files.readAllBytes(f);
        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals((byte) 0xBB, bytes[1]);
        assertEquals((byte) 0xBF, bytes[2]);
        List<CSVRecord> rows = read(f);
        assertEquals(List.of("姓名", "金额"), rows.get(0).toList());
        assertEquals(List.of("'" + FORMULA, "-12.50"), rows.get(1).toList());
        assertEquals(List.of("'+1", "-3"), rows.get(2).toList());
        assertEquals(List.of("'@x", ""), rows.get(3).toList());
        assertEquals(List.of("'\tx", "a-b"), rows.get(4).toList());
    }

    @Test
    void csvOverTerminalHasNoByteOrderMark() {
        StringWriter s = new StringWriter();
        try (SheetWriter w = Sheets.csv(s, List.of("a"), false)) {
            w.row("-x");
        }
        assertEquals("a\r\n'-x\r\n", s.toString());
    }

    @Test
    void xlsxHasFrozenHeaderTextCellsNumbersAndWideEnoughColumns() throws Exception {
        Path f = dir.resolve("a.xlsx");
        try (SheetWriter w = Sheets.open(f, List.of("身份证号", "n"))) {
            w.row("370902199001011234", 7);
            w.row(FORMULA, -2.5);
        }
        try (InputStream in = Files.newInputStream(f); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheetAt(0);
            assertEquals(1, s.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(s.getPaneInformation().isFreezePane());
            assertEquals("身份证号", s.getRow(0).getCell(0).getStringCellValue());
            assertEquals(CellType.STRING, s.getRow(1).getCell(0).getCellType());
            assertEquals("370902199001011234", s.getRow(1).getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, s.getRow(1).getCell(1).getCellType());
            assertEquals(7.0, s.getRow(1).getCell(1).getNumericCellValue());
            assertEquals("'" + FORMULA, s.getRow(2).getCell(0).getStringCellValue());
            assertEquals(CellType.STRING, s.getRow(2).getCell(0).getCellType());
            assertEquals(-2.5, s.getRow(2).getCell(1).getNumericCellValue());
            // the formula text is 27 columns wide: the column holds it all
            assertTrue(s.getColumnWidth(0) >= 28 * 256, "width " + s.getColumnWidth(0));
            assertTrue(s.getColumnWidth(1) >= 3 * 256);
        }
    }

    @Test
    void headersFollowTheLanguageAsked() {
        List<Column> cols = List.of(new Column("case_id", "案件编号"));
        assertEquals(List.of("案件编号"), Sheets.header(cols, HeaderLanguage.parse("zh")));
        assertEquals(List.of("case_id"), Sheets.header(cols, HeaderLanguage.parse("EN")));
    }

    static List<CSVRecord> read(Path f) throws Exception {
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            int first = r.read();
            assertEquals('\uFEFF', first);
            return CSVFormat.RFC4180.parse(r).getRecords();
        }
    }
}
