package org.inspect.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.inspect.cli.Cli;
import org.inspect.error.ExitCodes;
import org.inspect.store.Database;
import org.inspect.testing.RollFixture;
import org.inspect.testing.Tables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule NO_TEMPORARY_DRIVE through the check job on four counties: 370902 approved temporary assistance in March
 * (to a registered poor household), 370911 never did, 370921 only in April, 370923 only rejected it in March.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TemporaryDriveTest {

    @TempDir
    static Path tmp;

    private Cli cli;

    @BeforeAll
    void importFourCounties() throws IOException {
        Path in = RollFixture.write(tmp.resolve("in"), 8);
        List<String> heads = Files.readAllLines(in.resolve("households.csv")).stream().skip(1)
                .map(l -> l.split(",")[4]).toList();
        // households H0000000..H0000003 are in 370902, 370911, 370921, 370923; H0000000 is registered poor
        Files.writeString(in.resolve("cases.csv"), String.join("", List.of(
                temporary("T1", 0, heads, "APPROVED", "2019-03-15", "800"),
                temporary("T2", 4, heads, "APPROVED", "2019-03-20", "1200"),
                temporary("T3", 4, heads, "APPROVED", "2019-05-02", ""),
                temporary("T4", 2, heads, "APPROVED", "2019-04-10", "500"),
                temporary("T5", 3, heads, "REJECTED", "2019-03-12", ""))), StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        cli = new Cli(tmp.resolve("data"));
        Cli.Result r = cli.run("import", "--dir", in.toString(), "--snapshot", "2019-07", "--as-of", "2019-07-01");
        assertEquals(ExitCodes.OK, r.exitCode(), r.toString());
    }

    private static String temporary(String id, int household, List<String> heads, String decision, String date,
            String amount) {
        return id + ",H000000" + household + ",TEMPORARY," + heads.get(household) + ",2019-03-01," + decision + ","
                + date + ",," + amount + ",,,,,,,,\n";
    }

    @Test
    void firesForTheCountiesWithoutAnApprovedMarchDecisionOnceMarchIsOver() {
        Cli.Result r = cli.run("check", "--all", "--as-of", "2019-07-01");
        assertEquals(ExitCodes.OK, r.exitCode(), r.toString());
        long run = Tables.count(tmp.resolve("data"), "SELECT MAX(id) FROM check_run");
        try (Database db = Database.open(tmp.resolve("data"))) {
            List<String> rows = Tables.rows(db, "SELECT county_code, household_id, case_id, severity, clause FROM finding "
                    + "WHERE rule = 'NO_TEMPORARY_DRIVE' AND check_run_id = " + run + " ORDER BY county_code", null);
            // none for 370902 (a March drive); 370911: none at all; 370921: April only; 370923: March rejected only
            assertEquals(List.of("370911|null|null|MEDIUM|二（三）|", "370921|null|null|MEDIUM|二（三）|",
                    "370923|null|null|MEDIUM|二（三）|"),
                    rows);
            String april = Tables.rows(db, "SELECT detail, evidence FROM finding WHERE rule = 'NO_TEMPORARY_DRIVE' "
                    + "AND county_code = '370921' AND check_run_id = " + run, null).get(0);
            assertTrue(april.contains("2019年3月 0 件；2019年4月 1 件；2019年5月 0 件；2019年6月 0 件"), april);
            assertTrue(april.contains("\"2019年4月临时救助批准\":\"1 件，其中建档立卡贫困户 0 件\""), april);
        }
    }

    @Test
    void judgesNothingAsOfTheFirstOfMarch() {
        Cli.Result r = cli.run("check", "--all", "--as-of", "2019-03-01");
        assertEquals(ExitCodes.OK, r.exitCode(), r.toString());
        long run = Tables.count(tmp.resolve("data"), "SELECT MAX(id) FROM check_run");
        assertEquals(0, Tables.count(tmp.resolve("data"), "SELECT COUNT(*) FROM finding WHERE rule = "
                + "'NO_TEMPORARY_DRIVE' AND check_run_id = " + run));
    }

    @Test
    void talliesMarchDecisionsRegisteredPoorAndAmountsByCounty() {
        try (Database db = Database.open(tmp.resolve("data"))) {
            long snapshot = Long.parseLong(Tables.rows(db, "SELECT MAX(id) FROM snapshot", null).get(0).replace("|", ""));
            var drives = new TemporaryCases(db).tally(snapshot, List.of("370902", "370911", "370921", "370923"),
                    java.time.LocalDate.of(2019, 3, 1), java.time.LocalDate.of(2019, 6, 30));
            var march = java.time.YearMonth.of(2019, 3);
            // H0000000 and H0000004 are both in 370902; H0000000 is on the registered-poor roll (n % 5 == 0)
            assertEquals(2, drives.get("370902").month(march).decisions());
            assertEquals(1, drives.get("370902").month(march).registeredPoor());
            assertEquals(0, new java.math.BigDecimal("2000").compareTo(drives.get("370902").month(march).amountYuan()));
            assertEquals(1, drives.get("370902").month(java.time.YearMonth.of(2019, 5)).decisions());
            assertEquals(0, drives.get("370923").month(march).decisions());
        }
    }
}
