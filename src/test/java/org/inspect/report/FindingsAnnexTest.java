package org.inspect.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.inspect.model.Counties;
import org.inspect.model.Finding;
import org.inspect.model.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents at any size: the report shows per county and rule the count and two typical cases and names its
 * annex, which lists every finding, one sheet per county, masked; a notice past the limit of
 * {@code notice.fullTableLimit} gives counts by rule and refers to its own annex.
 */
class FindingsAnnexTest {

    private static final Pattern FULL_ID = Pattern.compile("[0-9]{17}[0-9X]");

    @TempDir
    Path dir;

    @Test
    void reportShowsTwoTypicalCasesPerRuleAndItsAnnexListsEveryFindingMasked() throws Exception {
        Path report = Fixtures.documents().report(Fixtures.report(false), Lang.ZH, dir.resolve("report.pdf"));
        Path annex = dir.resolve("report-annex.xlsx");
        String text = ReportDocumentTest.squeeze(PdfText.text(report));
        assertTrue(text.contains("附件：问题清单（report-annex.xlsx）"), text);
        // 泰山区 has five procedure findings, households H3709020007 … 0011: the first two by id are shown.
        String taishan = "H" + Fixtures.TAISHAN;
        for (int k = 7; k <= 8; k++) {
            assertTrue(text.contains(taishan + String.format("%04d", k)), "typical case " + k);
        }
        for (int k = 9; k <= 11; k++) {
            assertFalse(text.contains(taishan + String.format("%04d", k)), "only two typical cases, not " + k);
        }
        assertTrue(text.contains("其余3条见附件“泰山区”工作表（本类共5条）。"), text);

        Map<String, Long> perCounty = Fixtures.findings().stream()
                .collect(Collectors.groupingBy(Finding::countyCode, Collectors.counting()));
        Map<String, List<List<String>>> sheets = read(annex);
        assertEquals(perCounty.size(), sheets.size(), sheets.keySet().toString());
        perCounty.forEach((county, n) -> assertEquals(n, sheets.get(Counties.name(county)).size() - 1,
                "rows of " + county + " besides the header"));
        assertEquals("序号", sheets.get("泰山区").get(0).get(0));
        assertTrue(sheets.values().stream().flatMap(List::stream).flatMap(List::stream)
                .noneMatch(cell -> FULL_ID.matcher(cell).find()), "identity numbers are masked in the annex");
        assertTrue(sheets.values().stream().flatMap(List::stream).flatMap(List::stream)
                .noneMatch(cell -> cell.contains("张秀英")), "names in details are masked in the annex");
        assertTrue(Files.readString(dir.resolve(Manifest.FILE)).contains("report-annex.xlsx"),
                "the annex is in the manifest");
    }

    @Test
    void noticePastTheLimitListsCountsByRuleAndRefersToItsAnnex() throws Exception {
        NoticeInput base = Fixtures.notices(false);
        NoticeInput limited = new NoticeInput(base.campaign(), base.numberPattern(), base.firstNumber(),
                base.deadline(), base.contact(), base.openFindings(), base.personNames(), false, 4);
        List<Path> files = Fixtures.documents().notices(limited, Lang.ZH, dir);

        // 泰山区 (14 findings) and 岱岳区 (9) are past the limit of 4; 宁阳县 (4) and 高新区 (2) are not.
        String taishan = ReportDocumentTest.squeeze(PdfText.text(files.get(0)));
        assertTrue(taishan.contains("问题共14条，超过逐条列出的上限（4条）"), taishan);
        assertTrue(taishan.contains("notice-370902-泰山区-annex.xlsx"), taishan);
        assertFalse(taishan.contains("H3709020000"), "no finding listed one by one");
        for (Rule r : List.of(Rule.MISSED_DIBAO, Rule.IMPROPER_INCLUSION, Rule.PROCEDURE_VIOLATION,
                Rule.ILLEGAL_EXCLUSION)) {
            assertTrue(taishan.contains(r.chinese()), r.name());
        }
        String ningyang = ReportDocumentTest.squeeze(PdfText.text(files.get(2)));
        assertTrue(ningyang.contains("H" + Fixtures.NINGYANG), "宁阳县 keeps its full table");
        assertFalse(ningyang.contains("annex.xlsx"), ningyang);

        Path annex = dir.resolve("notice-370902-泰山区-annex.xlsx");
        assertTrue(files.contains(annex), files.toString());
        assertTrue(Files.exists(dir.resolve("notice-370911-岱岳区-annex.xlsx")));
        assertFalse(Files.exists(dir.resolve("notice-370921-宁阳县-annex.xlsx")));
        Map<String, List<List<String>>> sheets = read(annex);
        assertEquals(List.of("泰山区"), new ArrayList<>(sheets.keySet()));
        assertEquals(14, sheets.get("泰山区").size() - 1);
    }

    /** Sheet name → rows of cell texts. */
    private static Map<String, List<List<String>>> read(Path xlsx) throws Exception {
        Map<String, List<List<String>>> out = new java.util.LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (Sheet sheet : book) {
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (Cell c : row) {
                        cells.add(c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                                ? Long.toString((long) c.getNumericCellValue()) : c.getStringCellValue());
                    }
                    rows.add(cells);
                }
                out.put(sheet.getSheetName(), rows);
            }
        }
        return out;
    }
}
