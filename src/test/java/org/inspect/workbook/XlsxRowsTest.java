package org.inspect.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.inspect.error.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Careless and hostile workbooks: refused with the toolkit's words, streamed, capped. */
class XlsxRowsTest {

    @TempDir
    Path tmp;

    /** A one-sheet workbook: a header row and one row whose second cell is {@code value} (a shared string). */
    private Path workbook(String value) throws Exception {
        Path f = tmp.resolve("members.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            var s = wb.createSheet("Sheet1");
            s.createRow(0).createCell(0).setCellValue("household_id");
            s.getRow(0).createCell(1).setCellValue("name");
            s.createRow(1).createCell(0).setCellValue("H1");
            s.getRow(1).createCell(1).setCellValue(value);
            wb.write(out);
        }
        return f;
    }

    /** Rewrites one part of a workbook's zip. */
    private static void rewrite(Path xlsx, String part, UnaryOperator<String> change) throws Exception {
        Path out = xlsx.resolveSibling("rewritten.zip");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(xlsx));
                ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] b = in.readAllBytes();
                if (e.getName().equals(part)) {
                    b = change.apply(new String(b, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(b);
                zip.closeEntry();
            }
        }
        Files.move(out, xlsx, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Text that does not compress much (POI's own zip-bomb guard would speak first on a repeated character). */
    static String randomHan(int n) {
        java.util.Random r = new java.util.Random(24);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) (0x4E00 + r.nextInt(0x5000)));
        }
        return b.toString();
    }

    @Test
    void aCsvFileRenamedXlsxIsToldToBeSavedAsAWorkbook() throws Exception {
        Path f = tmp.resolve("members.xlsx");
        Files.writeString(f, "household_id,name\nH1,王一\n");
        WorkbookException e = assertThrows(WorkbookException.class, () -> XlsxRows.open(f, null));
        assertEquals("workbook.notXlsx", e.messageKey());
        assertEquals(ExitCodes.BAD_INPUT, e.exitCode());
    }

    @Test
    void aSharedStringLongerThanACellMayHoldIsRefusedWhileReading() throws Exception {
        Path f = workbook("PLACEHOLDER");
        rewrite(f, "xl/sharedStrings.xml", x -> x.replace("PLACEHOLDER", randomHan(40_000)));
        WorkbookException e = assertThrows(WorkbookException.class, () -> {
            try (XlsxRows r = XlsxRows.open(f, null)) {
                while (r.next() != null) {
                    // read every row
                }
            }
        });
        assertEquals("workbook.cellTooLongShared", e.messageKey());
    }

    @Test
    void anInlineCellLongerThanTheCapIsRefusedWithItsRowAndColumn() throws Exception {
        Path f = workbook("x");
        rewrite(f, "xl/worksheets/sheet1.xml", x -> x.replace("</sheetData>",
                "<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>" + randomHan(40_000) + "</t></is></c></row>"
                        + "</sheetData>"));
        try (XlsxRows r = XlsxRows.open(f, null)) {
            r.next();
            r.next();
            WorkbookException e = assertThrows(WorkbookException.class, r::next);
            assertEquals("workbook.cellTooLong", e.messageKey());
            assertEquals(3L, e.row());
            assertEquals("B", e.messageArgs()[2]);
        }
    }

    @Test
    void aFileThatExpandsBeyondTheCapIsRefusedBeforeItIsRead() throws Exception {
        Path f = workbook("x");
        WorkbookException e = assertThrows(WorkbookException.class,
                () -> XlsxRows.open(f, null, new XlsxRows.Limits(32_767, 1_000)));
        assertEquals("workbook.tooLarge", e.messageKey());
    }

    @Test
    void blankFormattedRowsToTheEndOfTheSheetAreStreamedNotHeld() throws Exception {
        Path f = workbook("王一");
        StringBuilder blank = new StringBuilder();
        for (int i = 3; i <= 300_000; i++) {
            blank.append("<row r=\"").append(i).append("\" s=\"1\" customFormat=\"1\"><c r=\"B").append(i)
                    .append("\" s=\"1\"/></row>");
        }
        rewrite(f, "xl/worksheets/sheet1.xml", x -> x.replace("</sheetData>", blank + "</sheetData>"));
        long content = 0;
        long rows = 0;
        try (XlsxRows r = XlsxRows.open(f, null)) {
            for (XlsxRows.Row row = r.next(); row != null; row = r.next()) {
                rows++;
                if (!row.blank()) {
                    content = row.number();
                }
            }
        }
        assertEquals(2, content);
        assertEquals(300_000, rows);
    }

    @Test
    void aMissingSheetIsSaidAsSuch() throws Exception {
        Path f = workbook("x");
        WorkbookException e = assertThrows(WorkbookException.class, () -> XlsxRows.open(f, "整改台账"));
        assertEquals("workbook.noSheet", e.messageKey());
        try (XlsxRows r = XlsxRows.open(f, "Sheet1")) {
            assertEquals("name", r.next().cell(1));
            assertEquals("王一".length() > 0 ? "x" : "", r.next().cell(1));
            assertNull(r.next());
        }
        try (InputStream in = Files.newInputStream(f)) {
            assertTrue(in.read() == 'P');
        }
    }
}
