package org.inspect.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.inspect.export.HeaderLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench table goes through the one spreadsheet writer: byte-order mark, headers by language, xlsx on request. */
class BenchCsvTest {

    @TempDir
    Path dir;

    private static List<BenchResult> results() {
        BenchStep base = new BenchStep("write-baseline", 400, 5000, BenchStep.Unit.ROWS, 2.0, 1.5, 100L << 20, null,
                Double.NaN);
        BenchStep imp = new BenchStep("import", 400, 5000, BenchStep.Unit.ROWS, 5.0, 4.25, 200L << 20, null, 0)
                .against(base);
        return List.of(new BenchResult(400, List.of(base, imp), null));
    }

    @Test
    void csvHasAByteOrderMarkAndChineseHeadersWhenAsked() throws Exception {
        Path csv = dir.resolve("bench.csv");
        BenchCsv.write(csv, results(), HeaderLanguage.ZH);
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "a byte-order mark");
        List<CSVRecord> rows;
        try (Reader r = Files.newBufferedReader(csv)) {
            r.skip(1);
            rows = CSVFormat.RFC4180.parse(r).getRecords();
        }
        assertEquals("户数", rows.get(0).get(0));
        assertEquals("与基准之比", rows.get(0).get(9));
        assertEquals(List.of("400", "import", "5000", "rows", "5.00", "4.25", "1000", "200", "write-baseline", "2.50"),
                rows.get(2).toList());
        assertEquals("", rows.get(1).get(9), "a baseline has no ratio");
    }

    @Test
    void xlsxHasEnglishHeadersAFrozenHeaderAndNumbers() throws Exception {
        Path xlsx = dir.resolve("bench.xlsx");
        BenchCsv.write(xlsx, results(), HeaderLanguage.EN);
        try (XSSFWorkbook book = new XSSFWorkbook(xlsx.toFile())) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertEquals("households", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertEquals(CellType.NUMERIC, sheet.getRow(2).getCell(4).getCellType());
            assertEquals(5.0, sheet.getRow(2).getCell(4).getNumericCellValue());
        }
    }
}
