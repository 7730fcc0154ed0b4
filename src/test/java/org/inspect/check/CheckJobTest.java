package org.inspect.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.inspect.cli.Cli;
import org.inspect.demo.AnswerKey;
import org.inspect.demo.DemoCity;
import org.inspect.demo.DemoOptions;
import org.inspect.error.ExitCodes;
import org.inspect.model.Rule;
import org.inspect.testing.Tables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** The check job on a demo city whose answer key lists every finding a correct check must produce. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CheckJobTest {

    private static final Pattern FULL_ID = Pattern.compile("\\d{17}[\\dX]");

    @TempDir
    static Path tmp;

    private Cli cli;
    private Path key;

    @BeforeAll
    void importDemoCity() {
        Path in = tmp.resolve("in");
        key = tmp.resolve("planted.csv");
        DemoCity.write(in, key, DemoOptions.defaults().withHouseholds(2500));
        cli = new Cli(tmp.resolve("data"));
        Cli.Result r = cli.run("import", "--dir", in.toString(), "--snapshot", "2019-03", "--as-of", "2019-03-01");
        assertEquals(ExitCodes.OK, r.exitCode(), r.toString());
    }

    @Test
    @Order(1)
    void findsEveryPlantedAnomalyAndNothingElse() throws Exception {
        Cli.Result r = cli.run("check", "--all", "--as-of", "2019-03-01");
        assertEquals(ExitCodes.OK, r.exitCode(), r.toString());
        assertTrue(r.out().contains("Check run 1"), r.out());
        // the demo plants lawful reasons naming a relative's property beside the ground: left to a person, not dropped
        assertTrue(r.out().contains("需人工研判") && r.out().contains("（户外）"), r.out());
        Path csv = tmp.resolve("findings.csv");
        assertEquals(ExitCodes.OK, cli.run("findings", "--run", "1", "--format", "csv", "--full-data", "--out",
                csv.toString()).exitCode());
        // a file of full personal data carries -full in its name
        csv = tmp.resolve("findings-full.csv");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("\uFEFFid,rule,rule_name,criterion,criterion_name,county_code,county,household_id,case_id,"
                + "id_number,severity,clause,detail,verdict,verdict_reason,rect_item,rect_state", lines.get(0));
        Set<String> found = new HashSet<>();
        Set<Rule> rules = EnumSet.noneOf(Rule.class);
        new org.apache.commons.csv.CSVParser(Files.newBufferedReader(csv, StandardCharsets.UTF_8),
                org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())
                .forEach(rec -> {
                    found.add(String.join("|", rec.get("rule"), rec.get("criterion"), rec.get("household_id"),
                            rec.get("case_id"), rec.get("id_number")));
                    rules.add(Rule.valueOf(rec.get("rule")));
                });
        Set<String> planted = AnswerKey.read(key);
        Set<String> missed = new HashSet<>(planted);
        missed.removeAll(found);
        Set<String> extra = new HashSet<>(found);
        extra.removeAll(planted);
        assertEquals(Set.of(), missed, "planted anomalies the check missed");
        assertEquals(Set.of(), extra, "findings that were not planted");
        // the March drive (NO_TEMPORARY_DRIVE) cannot be judged as of 1 March: TemporaryDriveTest covers it
        assertEquals(EnumSet.complementOf(EnumSet.of(Rule.NO_TEMPORARY_DRIVE)), rules,
                "every household rule fires on the demo city");
    }

    @Test
    @Order(2)
    void runningAgainMakesANewRunWithTheSameFindingsAndNoDuplicates() {
        assertEquals(ExitCodes.OK, cli.run("check", "--all").exitCode());
        Path data = tmp.resolve("data");
        long first = Tables.count(data, "SELECT COUNT(*) FROM finding WHERE check_run_id = 1");
        long second = Tables.count(data, "SELECT COUNT(*) FROM finding WHERE check_run_id = 2");
        assertTrue(first > 0);
        assertEquals(first, second);
        assertEquals(first, Tables.count(data, "SELECT COUNT(DISTINCT finding_key) FROM finding WHERE check_run_id = 2"));
    }

    @Test
    @Order(3)
    void theTableForPeopleMasksIdentityNumbers() {
        Cli.Result r = cli.run("findings", "--run", "1", "--rule", "MISSED_TEKUN");
        assertEquals(ExitCodes.OK, r.exitCode(), r.toString());
        assertTrue(r.out().contains("missed tekun support"), r.out()); // the rule's words, English under en
        assertFalse(FULL_ID.matcher(r.out()).find(), "an unmasked identity number in the table");
        Cli.Result csv = cli.run("findings", "--run", "1", "--format", "csv");
        assertFalse(FULL_ID.matcher(csv.out()).find(), "the CSV masks unless --full-data");
    }

    @Test
    @Order(4)
    void aDismissedFindingStaysOnRecordButLeavesTheOpenList() {
        Path data = tmp.resolve("data");
        long id = Tables.count(data, "SELECT MIN(id) FROM finding WHERE check_run_id = 1");
        long open = Tables.count(data, "SELECT COUNT(*) FROM finding WHERE check_run_id = 1");
        Cli.Result noReason = cli.run("finding", "dismiss", Long.toString(id));
        assertEquals(ExitCodes.USAGE, noReason.exitCode(), "a dismissal needs --reason");
        Cli.Result r = cli.run("finding", "dismiss", Long.toString(id), "--reason", "入户核实收入已变化");
        assertEquals(ExitCodes.OK, r.exitCode(), r.toString());
        // without accounts the verdict names the one operator (issue 21): the OS user, or INSPECT_OPERATOR's name
        String operator = System.getenv("INSPECT_OPERATOR") != null ? System.getenv("INSPECT_OPERATOR")
                : System.getProperty("user.name");
        try (org.inspect.store.Database db = org.inspect.store.Database.open(data)) {
            assertEquals("DISMISSED|" + operator + "|入户核实收入已变化|", Tables.rows(db,
                    "SELECT verdict, verdict_by, verdict_reason FROM finding WHERE id = " + id, null).get(0));
        }
        Cli.Result list = cli.run("findings", "--run", "1", "--format", "csv");
        assertEquals(open - 1, list.out().lines().count() - 1);
        assertEquals(ExitCodes.OK, cli.run("finding", "confirm", Long.toString(id + 1)).exitCode());
        assertEquals(ExitCodes.NOT_FOUND, cli.run("finding", "confirm", "999999").exitCode());
    }
}
