package org.inspect.importing.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inspect.cli.Cli;
import org.inspect.error.ExitCodes;
import org.inspect.store.Database;
import org.inspect.testing.RollFixture;
import org.inspect.testing.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, standards as data: the folder's city-wide value of an item outranks the shipped county row of that
 * item (config/standards.csv has 370902 DIBAO_STANDARD 5040), `inspect standards` prints each value with its
 * source, and every finding's evidence cites the standard's value and row.
 */
class StandardsAsDataTest {

    @TempDir
    Path tmp;

    @Test
    void theFoldersCityWideValueBeatsAShippedCountyRowAndIsCitedWithItsLine() throws IOException {
        Path data = tmp.resolve("data");
        Cli cli = new Cli(data);
        Path in = RollFixture.write(tmp.resolve("in"), 24);
        // a standard so high that refused cases fall below it: the check then reports them, citing the standard
        Files.writeString(in.resolve("standards.csv"), "county_code,item,value\n*,DIBAO_STANDARD,30000\n",
                StandardCharsets.UTF_8);
        Cli.Result imported = cli.run("import", "--dir", in.toString(), "--snapshot", "2019-03", "--as-of",
                "2019-03-01");
        assertEquals(ExitCodes.OK, imported.exitCode(), imported.toString());

        Cli.Result shown = cli.run("standards", "--snapshot", "2019-03");
        assertEquals(ExitCodes.OK, shown.exitCode(), shown.toString());
        String taishanDibao = line(shown.out(), "370902", "DIBAO_STANDARD");
        assertTrue(taishanDibao.matches(".*DIBAO_STANDARD\\s+30000\\s.*standards\\.csv(, line | 第 )2\\b.*"),
                taishanDibao);
        assertFalse(taishanDibao.contains("config/standards.csv"), taishanDibao);
        // items the folder does not give keep the shipped rows, with their lines in config/standards.csv
        String taishanWage = line(shown.out(), "370902", "MIN_WAGE");
        assertTrue(taishanWage.matches(".*MIN_WAGE\\s+1730\\s.*config/standards\\.csv(, line | 第 )22\\b.*"),
                taishanWage);
        String wheat = line(shown.out(), "370923", "CROP_WHEAT");
        assertTrue(wheat.matches(".*CROP_WHEAT\\s+600\\s.*config/standards\\.csv(, line | 第 )11\\b.*"), wheat);

        Cli.Result check = cli.run("check", "--all", "--snapshot", "2019-03", "--as-of", "2019-03-01");
        assertEquals(ExitCodes.OK, check.exitCode(), check.toString());
        List<String> evidence;
        try (Database db = Database.open(data)) {
            evidence = Tables.rows(db, "SELECT evidence FROM finding WHERE county_code = '370902' "
                    + "AND evidence LIKE '%低保标准%' ORDER BY id", null);
        }
        assertFalse(evidence.isEmpty(), "refused cases below the folder's standard are reported");
        for (String e : evidence) {
            assertTrue(e.contains("30,000 元（DIBAO_STANDARD，全市默认“*”行，数据文件 standards.csv 第 2 行）"), e);
            if (e.contains("WHEAT")) {
                assertTrue(e.contains("CROP_WHEAT，全市默认“*”行，系统默认 config/standards.csv 第 11 行"), e);
            }
        }
    }

    private static String line(String out, String county, String item) {
        return out.lines().filter(l -> l.startsWith(county) && l.contains(" " + item + " ")).findFirst()
                .orElseThrow(() -> new AssertionError(county + " " + item + " not in\n" + out));
    }
}
