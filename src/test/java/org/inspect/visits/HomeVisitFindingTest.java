package org.inspect.visits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inspect.cli.Cli;
import org.inspect.demo.DemoCity;
import org.inspect.demo.DemoOptions;
import org.inspect.error.ExitCodes;
import org.inspect.store.Database;
import org.inspect.testing.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A home visit that finds a household eligible records a MISSED_DIBAO (MISSED_TEKUN) confirmed in the field, in
 * the newest check of all households, whether the visit comes after that check or before it; recording the visit
 * again as not eligible withdraws the finding the visit added.
 */
class HomeVisitFindingTest {

    private static final Pattern RUN = Pattern.compile("Sample run (\\d+) on snapshot");

    @TempDir
    Path tmp;

    private static List<String> rows(Path data, String sql) {
        try (Database db = Database.open(data)) {
            return Tables.rows(db, sql, null);
        }
    }

    /** A sampled household the desk check did not report under {@code rule}. */
    private static String notReported(Path data, String run, long check, String rule) {
        return rows(data, "SELECT household_id FROM sample_case WHERE sample_run_id = " + run + " AND household_id NOT IN "
                + "(SELECT household_id FROM finding WHERE check_run_id = " + check + " AND rule = '" + rule
                + "' AND household_id IS NOT NULL) ORDER BY household_id").get(0).replace("|", "");
    }

    @Test
    void aVisitThatFindsTheHouseholdEligibleRecordsAConfirmedFindingAndANoneWithdrawsIt() {
        DemoCity.write(tmp.resolve("in"), tmp.resolve("planted.csv"), DemoOptions.defaults().withHouseholds(600));
        Path data = tmp.resolve("data");
        Cli cli = new Cli(data);
        assertEquals(ExitCodes.OK, cli.run("import", "--dir", tmp.resolve("in").toString(), "--snapshot", "2019-03",
                "--as-of", "2019-03-01").exitCode());
        Cli.Result s = cli.run("sample", "--plan", "focus-households", "--seed-text", "2019-03-01 福彩3D 407");
        assertEquals(ExitCodes.OK, s.exitCode(), s.toString());
        Matcher m = RUN.matcher(s.out());
        assertTrue(m.find(), s.out());
        String run = m.group(1);

        // a visit before any check: recorded, and the check carries its finding in
        String early = rows(data, "SELECT household_id FROM sample_case WHERE sample_run_id = " + run
                + " ORDER BY household_id DESC").get(0).replace("|", "");
        Cli.Result before = cli.run("focus", "visit", run, early, "--result", "TEKUN", "--by", "李核查");
        assertEquals(ExitCodes.OK, before.exitCode(), before.toString());
        assertTrue(before.out().contains("the next inspect check --all records the finding"), before.out());
        assertEquals(ExitCodes.OK, cli.run("check", "--all", "--as-of", "2019-03-01").exitCode());
        long check = Tables.count(data, "SELECT MAX(id) FROM check_run");
        assertEquals(List.of("MISSED_TEKUN|CONFIRMED|李核查|"), rows(data, "SELECT rule, verdict, verdict_by FROM finding "
                + "WHERE check_run_id = " + check + " AND household_id = '" + early + "' AND subject LIKE 'visit:%'"));

        String household = notReported(data, run, check, "MISSED_DIBAO");
        Cli.Result visit = cli.run("focus", "visit", run, household, "--result", "DIBAO", "--by", "张检查", "--note",
                "家中无劳动力，靠亲戚接济");
        assertEquals(ExitCodes.OK, visit.exitCode(), visit.toString());
        assertTrue(visit.out().contains("added to check run " + check + ", confirmed in the field"), visit.out());
        List<String> found = rows(data, "SELECT rule, verdict, verdict_by, detail FROM finding WHERE check_run_id = "
                + check + " AND household_id = '" + household + "' AND rule = 'MISSED_DIBAO'");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("MISSED_DIBAO|CONFIRMED|张检查|入户核查（重点排查抽样批次 " + run), found.get(0));
        assertTrue(found.get(0).contains("确认该户符合低保条件，但未纳入低保：家中无劳动力，靠亲戚接济。"), found.get(0));

        // recorded again: replaced, not duplicated; then NONE withdraws it
        assertEquals(ExitCodes.OK, cli.run("focus", "visit", run, household, "--result", "DIBAO").exitCode());
        assertEquals(1, Tables.count(data, "SELECT COUNT(*) FROM finding WHERE check_run_id = " + check
                + " AND household_id = '" + household + "' AND rule = 'MISSED_DIBAO'"));
        assertEquals(ExitCodes.OK, cli.run("focus", "visit", run, household, "--result", "NONE").exitCode());
        assertEquals(0, Tables.count(data, "SELECT COUNT(*) FROM finding WHERE check_run_id = " + check
                + " AND household_id = '" + household + "' AND rule = 'MISSED_DIBAO'"));
    }
}
