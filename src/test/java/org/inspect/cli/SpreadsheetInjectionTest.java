package org.inspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.inspect.error.ExitCodes;
import org.inspect.testing.RollFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A name and a refusal reason in the rolls that are spreadsheet formulas ({@code =HYPERLINK(...)}) go out in
 * every export (findings, compare lists, sample list, rejects; CSV and xlsx) as text with a leading {@code '},
 * and no text cell of any export begins with a formula character.
 */
class SpreadsheetInjectionTest {

    static final String FORMULA = "=HYPERLINK(\"http://x\",\"y\")";
    static final String CSV_FORMULA = "\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"";

    @TempDir
    static Path tmp;

    static final List<Path> exports = new ArrayList<>();

    @BeforeAll
    static void exportEverything() throws IOException {
        Path rolls = RollFixture.write(tmp.resolve("rolls"), 12);
        replace(rolls.resolve("members.csv"), ",王0,", "," + CSV_FORMULA + ",");
        replace(rolls.resolve("registered_poor.csv"), ",王0,", "," + CSV_FORMULA + ",");
        replace(rolls.resolve("cases.csv"), "REJECTED,2018-11-01,家庭人均收入超过低保标准,300,2018-09-10,2018-09-12,"
                + "2018-09-05,2018-10-01,2018-10-10,2018-10-16,Y,Y\nCH0000001",
                "REJECTED,2018-11-01," + CSV_FORMULA + ",300,2018-09-10,2018-09-12,"
                + "2018-09-05,2018-10-01,2018-10-10,2018-10-16,N,N\nCH0000001");
        Path plan = tmp.resolve("plan.json");
        Files.writeString(plan, """
                { "name": "all", "frame": { "from": "2018-01-01", "to": "2018-12-31" },
                  "strata": [], "size": { "count": 12 } }
                """);
        Cli cli = new Cli(tmp.resolve("data"));
        ok(cli.run("import", "--dir", rolls.toString(), "--snapshot", "2018-11", "--as-of", "2019-03-01"));
        ok(cli.run("check", "--all"));
        ok(cli.run("findings", "--format", "csv", "--out", file("findings.csv")));
        ok(cli.run("findings", "--format", "xlsx", "--out", file("findings.xlsx")));
        ok(cli.run("compare", "--snapshot", "2018-11", "--out", tmp.resolve("compare").toString()));
        ok(cli.run("compare", "--run", "1", "--format", "xlsx", "--out", tmp.resolve("compare-x").toString()));
        ok(cli.run("sample", "--plan", plan.toString(), "--seed", "7", "--team-size", "1"));
        ok(cli.run("sample", "show", "1", "--export", tmp.resolve("sample").toString()));
        ok(cli.run("sample", "show", "1", "--export", tmp.resolve("sample-x").toString(), "--format", "xlsx"));
        Path bad = RollFixture.write(tmp.resolve("bad"), 4);
        replace(bad.resolve("members.csv"), ",王1,", ",\"-\"\"x\"\"\",");
        replace(bad.resolve("members.csv"), ",FULL,N,N\nH0000002", ",@SOMETIMES,N,N\nH0000002");
        ok(cli.run("import", "--dir", bad.toString(), "--snapshot", "2018-12", "--as-of", "2019-03-01",
                "--skip-invalid", "--rejects", file("rejects.csv")));
        for (String dir : List.of("compare", "compare-x", "sample", "sample-x")) {
            try (Stream<Path> s = Files.list(tmp.resolve(dir))) {
                s.filter(p -> p.toString().endsWith(".csv") || p.toString().endsWith(".xlsx")).forEach(exports::add);
            }
        }
        for (String f : List.of("findings.csv", "findings.xlsx", "rejects.csv")) {
            exports.add(tmp.resolve("out").resolve(f));
        }
    }

    @Test
    void noTextCellOfAnyExportStartsLikeAFormula() throws IOException {
        assertEquals(15, exports.size(), exports.toString());
        for (Path f : exports) {
            for (String cell : textCells(f)) {
                assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !isNumber(cell),
                        f.getFileName() + ": " + cell);
            }
        }
    }

    @Test
    void theFormulaNameAndReasonArriveAsNeutralisedText() throws IOException {
        for (String list : List.of("compare/uncovered.csv", "compare-x/uncovered.xlsx")) {
            List<String> cells = textCells(tmp.resolve(list));
            assertTrue(cells.contains("'" + FORMULA), list + " lacks the neutralised reason");
            assertTrue(cells.stream().anyMatch(c -> c.startsWith("'" + FORMULA)), list);
        }
        for (String list : List.of("sample/sample.csv", "sample-x/sample.xlsx")) {
            // the masked name keeps its first character, '='
            assertTrue(textCells(tmp.resolve(list)).stream().anyMatch(c -> c.startsWith("'=*")), list);
        }
    }

    @Test
    void csvExportsStartWithAByteOrderMark() throws IOException {
        for (Path f : exports) {
            if (f.toString().endsWith(".csv")) {
                byte[] b = Files.readAllBytes(f);
                assertEquals((byte) 0xEF, b[0], f.toString());
                assertEquals((byte) 0xBB, b[1], f.toString());
                assertEquals((byte) 0xBF, b[2], f.toString());
            }
        }
    }

    @Test
    void xlsxExportsKeepTheirHeaderRowInPlace() throws IOException {
        for (Path f : exports) {
            if (f.toString().endsWith(".xlsx")) {
                try (InputStream in = Files.newInputStream(f); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                    assertTrue(wb.getSheetAt(0).getPaneInformation().isFreezePane(), f.toString());
                    assertTrue(wb.getSheetAt(0).getColumnWidth(0) >= 4 * 256, f.toString());
                }
            }
        }
    }

    @Test
    void findingsExportCarriesIdAndVerdict() throws IOException {
        List<CSVRecord> rows = csv(tmp.resolve("out/findings.csv"));
        assertEquals("id", rows.get(0).get(0));
        assertTrue(rows.get(0).toList().contains("verdict"), rows.get(0).toString());
        assertTrue(rows.size() > 1);
        assertTrue(rows.get(1).get(0).matches("\\d+"), rows.get(1).toString());
        assertEquals("open", rows.get(1).get(rows.get(0).toList().indexOf("verdict")));
    }

    private static boolean isNumber(String s) {
        return s.matches("-?\\d+(\\.\\d+)?");
    }

    static List<String> textCells(Path f) throws IOException {
        List<String> cells = new ArrayList<>();
        if (f.toString().endsWith(".xlsx")) {
            try (InputStream in = Files.newInputStream(f); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                for (Row r : wb.getSheetAt(0)) {
                    for (Cell c : r) {
                        if (c.getCellType() == CellType.STRING) {
                            cells.add(c.getStringCellValue());
                        }
                    }
                }
            }
        } else {
            for (CSVRecord r : csv(f)) {
                cells.addAll(r.toList());
            }
        }
        return cells;
    }

    static List<CSVRecord> csv(Path f) throws IOException {
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            assertEquals('\uFEFF', r.read(), f + " has no byte-order mark");
            return CSVFormat.RFC4180.parse(r).getRecords();
        }
    }

    private static String file(String name) {
        return tmp.resolve("out").resolve(name).toString();
    }

    private static void replace(Path f, String from, String to) throws IOException {
        String s = Files.readString(f);
        assertTrue(s.contains(from), f + " lacks " + from);
        Files.writeString(f, s.replace(from, to));
    }

    private static void ok(Cli.Result r) {
        assertEquals(ExitCodes.OK, r.exitCode(), r.toString());
    }
}
