package org.inspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.inspect.error.ExitCodes;
import org.inspect.rectification.Rectification;
import org.inspect.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rectification items whose household id, case id, notice number and sentence begin like formulas ({@code =},
 * {@code +}, {@code -}, {@code @}, tab, carriage return) reach {@code rectify list} (CSV and xlsx) and the
 * counties' ledgers as neutralised text: none of their text cells starts like a formula.
 */
class RectifyExportInjectionTest {

    static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"点此核对\")";

    @TempDir
    Path tmp;

    @Test
    void rectifyListAndLedgersWriteFormulaLikeValuesAsText() throws IOException {
        Path data = tmp.resolve("data");
        try (Database db = Database.open(data)) {
            new Rectification(db, org.inspect.testing.TestContexts.at("2019-03-15T01:00:00Z")).open(List.of(
                    item(1, HYPERLINK, "+1+1", "-2+3", "@SUM(1)"),
                    item(2, "\t=1", "\r=2", "=3", "-4")));
        }
        Cli cli = new Cli(data);
        List<Path> files = new ArrayList<>();
        for (String format : List.of("csv", "xlsx")) {
            Path out = tmp.resolve("list." + format);
            Cli.Result r = cli.run("rectify", "list", "--format", format, "--out", out.toString());
            assertEquals(ExitCodes.OK, r.exitCode(), r.toString());
            files.add(out);
        }
        Cli.Result r = cli.run("rectify", "ledger", "--out", tmp.resolve("ledgers").toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.toString());
        try (Stream<Path> s = Files.list(tmp.resolve("ledgers"))) {
            s.forEach(files::add);
        }
        assertEquals(3, files.size(), files.toString());
        for (Path f : files) {
            List<String> cells = SpreadsheetInjectionTest.textCells(f);
            for (String cell : cells) {
                assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0,
                        f.getFileName() + ": " + cell);
            }
            assertTrue(cells.contains("'" + HYPERLINK), f.getFileName() + " lacks the neutralised household id");
        }
    }

    private static Rectification.NewItem item(int no, String household, String caseId, String notice,
            String masked) {
        return new Rectification.NewItem("MISSED_DIBAO||H" + no + "||", 100 + no, 1, notice, no, "370902",
                "MISSED_DIBAO", household, caseId, null, masked, masked, LocalDate.of(2019, 3, 20),
                LocalDate.of(2019, 4, 19));
    }
}
