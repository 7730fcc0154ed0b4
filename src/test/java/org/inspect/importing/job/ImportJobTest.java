package org.inspect.importing.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.inspect.cli.Cli;
import org.inspect.error.ExitCodes;
import org.inspect.testing.RollFixture;
import org.inspect.testing.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportJobTest {

    @TempDir
    Path tmp;

    private Path data() {
        return tmp.resolve("data");
    }

    @Test
    void loadsEveryFileIntoTheSnapshotAndListsIt() {
        Path in = RollFixture.write(tmp.resolve("in"), 300);
        Cli.Result r = new Cli(data()).run("import", "--dir", in.toString(), "--snapshot", "2019-03");
        assertEquals(ExitCodes.OK, r.exitCode(), r.toString());
        assertTrue(r.out().contains("Snapshot 2019-03 imported"), r.out());
        Map<String, List<String>> t = Tables.snapshot(data(), "2019-03");
        assertEquals(300, t.get("household").size());
        assertEquals(600, t.get("member").size());
        assertEquals(600, t.get("income").size());
        assertEquals(300, t.get("assistance_case").size());
        assertEquals(60, t.get("registered_poor").size());
        assertEquals(12, t.get("inspector").size());
        Cli.Result list = new Cli(data()).run("snapshots");
        assertTrue(list.out().contains("Snapshot 2019-03") && list.out().contains("household=300"), list.out());
    }

    @Test
    void analysesTheLoadedTablesBeforePublishingOnPostgres() {
        org.junit.jupiter.api.Assumptions.assumeTrue(org.inspect.testing.TestDatabases.postgres(),
                "PostgreSQL keeps planner statistics; HSQLDB has none to refresh");
        Path in = RollFixture.write(tmp.resolve("in"), 30);
        assertEquals(ExitCodes.OK, new Cli(data()).run("import", "--dir", in.toString(), "--snapshot", "2019-03")
                .exitCode());
        // last_analyze is set by an explicit ANALYZE only (autovacuum sets last_autoanalyze), so no waiting
        for (String table : List.of("household", "member", "income", "assistance_case", "registered_poor")) {
            assertEquals(1, Tables.count(data(), "SELECT count(*) FROM pg_stat_user_tables WHERE relname = '" + table
                    + "' AND last_analyze IS NOT NULL"), table + " has no statistics after the import");
            assertTrue(Tables.count(data(), "SELECT reltuples::bigint FROM pg_class WHERE relname = '" + table
                    + "' AND relkind = 'r'") > 0, table);
        }
    }

    @Test
    void refusesALabelThatIsAPathBeforeWritingAnyFile() throws IOException {
        Path in = RollFixture.write(tmp.resolve("in"), 10);
        Path households = in.resolve("households.csv");
        List<String> lines = Files.readAllLines(households, StandardCharsets.UTF_8);
        lines.set(3, lines.get(3).replace(",370921,", ",37092X,"));
        Files.write(households, lines, StandardCharsets.UTF_8);
        Path target = tmp.resolve("pwn");
        String label = "x/../../../../../../../.." + target;

        Cli.Result r = new Cli(data()).run("import", "--dir", in.toString(), "--snapshot", label, "--skip-invalid");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.toString());
        assertTrue(r.err().contains("Invalid snapshot label"), r.err());
        try (var files = Files.list(tmp)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith("pwn")), "a file left reports/");
        }
    }

    @Test
    void refusesANameLongerThanItsColumnNamingTheLimitAndTheLengthNotTheValue() throws IOException {
        Path in = RollFixture.write(tmp.resolve("in"), 10);
        String longName = "王".repeat(101);
        replaceFirst(in.resolve("members.csv"), ",王0,", "," + longName + ",");

        Cli.Result r = new Cli(data()).run("import", "--dir", in.toString(), "--snapshot", "2019-03");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.toString());
        assertTrue(r.err().matches("(?s).*members\\.csv:\\d+:3: name '王{40}…': at most 100 characters[^\n]*this one has "
                + "101.*"), r.err());
        assertTrue(!r.err().contains(longName) && !r.out().contains(longName), "the whole value is not printed");

        Cli.Result skipped = new Cli(data()).run("import", "--dir", in.toString(), "--snapshot", "2019-03",
                "--skip-invalid", "--rejects", tmp.resolve("rejects.csv").toString());
        assertEquals(ExitCodes.OK, skipped.exitCode(), skipped.toString());
        assertEquals(9, Tables.snapshot(data(), "2019-03").get("household").size());
        assertEquals(0, Tables.count(data(), "SELECT COUNT(*) FROM snapshot WHERE status = 'LOADING'"));
    }

    @Test
    void storesARefusalReasonOfTwoThousandCharactersWholeAndChecksIt() throws IOException {
        Path in = RollFixture.write(tmp.resolve("in"), 10);
        String reason = "有劳动能力，" + "经入户调查家庭人均收入超过低保标准".repeat(130);
        assertTrue(reason.length() > 2100, "" + reason.length());
        replaceFirst(in.resolve("cases.csv"), ",家庭人均收入超过低保标准,", "," + reason + ",");

        Cli cli = new Cli(data());
        Cli.Result r = cli.run("import", "--dir", in.toString(), "--snapshot", "2019-03");
        assertEquals(ExitCodes.OK, r.exitCode(), r.toString());
        assertEquals(reason.length(), Tables.count(data(),
                "SELECT MAX(CHAR_LENGTH(decision_reason)) FROM assistance_case"));
        Cli.Result check = cli.run("check", "--all");
        assertEquals(ExitCodes.OK, check.exitCode(), check.toString());
    }

    @Test
    void aLoadThatFailsLeavesNoLoadingSnapshotAndTheNextImportStartsOver() throws Exception {
        Path in = RollFixture.write(tmp.resolve("in"), 10);
        // a database that refuses one valid row: the load step fails after the validation passed
        try (org.inspect.store.Database db = org.inspect.store.Database.open(data());
                java.sql.Connection c = db.connection(); java.sql.Statement st = c.createStatement()) {
            st.execute("ALTER TABLE member ADD CONSTRAINT refuse_one CHECK (name <> '王3')");
        }
        Cli.Result r = new Cli(data()).run("import", "--dir", in.toString(), "--snapshot", "2019-03");
        assertTrue(r.exitCode() != ExitCodes.OK, r.toString());
        assertTrue(r.err().contains("partly loaded rows were removed"), r.err());
        assertEquals(0, Tables.count(data(), "SELECT COUNT(*) FROM snapshot WHERE status = 'LOADING'"));
        assertEquals(0, Tables.count(data(), "SELECT COUNT(*) FROM household"));
        assertEquals(0, Tables.count(data(), "SELECT COUNT(*) FROM member"));

        try (org.inspect.store.Database db = org.inspect.store.Database.open(data());
                java.sql.Connection c = db.connection(); java.sql.Statement st = c.createStatement()) {
            st.execute("ALTER TABLE member DROP CONSTRAINT refuse_one");
        }
        Cli.Result again = new Cli(data()).run("import", "--dir", in.toString(), "--snapshot", "2019-03");
        assertEquals(ExitCodes.OK, again.exitCode(), again.toString());
        assertEquals(20, Tables.snapshot(data(), "2019-03").get("member").size());
    }

    private static void replaceFirst(Path file, String from, String to) throws IOException {
        String s = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(s.contains(from), file + " lacks " + from);
        Files.writeString(file, s.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)), StandardCharsets.UTF_8);
    }

    @Test
    void refusesAFolderWithAnInvalidRowAndChangesNothing() throws IOException {
        Path good = RollFixture.write(tmp.resolve("good"), 100);
        assertEquals(ExitCodes.OK, new Cli(data()).run("import", "--dir", good.toString(), "--snapshot", "2019-03")
                .exitCode());
        Map<String, List<String>> before = Tables.everything(data());

        Path bad = RollFixture.write(tmp.resolve("bad"), 100);
        // --replace: the refusal must come from the invalid row, not from the existing label
        Path members = bad.resolve("members.csv");
        List<String> lines = Files.readAllLines(members, StandardCharsets.UTF_8);
        String row = lines.get(5);
        String id = row.split(",")[1];
        String wrong = id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0');
        lines.set(5, row.replace(id, wrong));
        Files.write(members, lines, StandardCharsets.UTF_8);

        Cli.Result r = new Cli(data()).run("import", "--dir", bad.toString(), "--snapshot", "2019-03", "--replace");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.toString());
        assertTrue(r.err().contains("members.csv:6:2: id_number '" + wrong + "': check character should be"),
                r.err());
        assertTrue(r.err().contains("nothing was loaded"), r.err());
        assertEquals(before, Tables.everything(data()));
    }

    @Test
    void skipsInvalidRowsWithTheirDependentsIntoTheRejectsFile() throws IOException {
        Path in = RollFixture.write(tmp.resolve("in"), 50);
        Path households = in.resolve("households.csv");
        List<String> lines = Files.readAllLines(households, StandardCharsets.UTF_8);
        lines.set(3, lines.get(3).replace(",370921,", ",37092X,"));
        Files.write(households, lines, StandardCharsets.UTF_8);
        Path rejects = tmp.resolve("rejects.csv");

        Cli.Result r = new Cli(data()).run("import", "--dir", in.toString(), "--snapshot", "2019-03", "--skip-invalid",
                "--rejects", rejects.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.toString());
        Map<String, List<String>> t = Tables.snapshot(data(), "2019-03");
        assertEquals(49, t.get("household").size());
        assertEquals(98, t.get("member").size());
        assertEquals(49, t.get("assistance_case").size());
        String rej = Files.readString(rejects, StandardCharsets.UTF_8);
        assertTrue(rej.contains("households.csv,4,"), rej);
        assertTrue(rej.contains("members.csv"), rej);
        assertTrue(r.out().contains("1 rejected"), r.out());
    }

    @Test
    void aHouseholdWithARejectedMemberIsRejectedWholeAndTheSummarySaysSo() throws IOException {
        Path in = RollFixture.write(tmp.resolve("in"), 50);
        Path members = in.resolve("members.csv");
        List<String> lines = Files.readAllLines(members, StandardCharsets.UTF_8);
        // line 5: the spouse of household H0000001 (not its head), with a labour capacity that is no code
        assertTrue(lines.get(4).startsWith("H0000001,") && lines.get(4).contains(",配偶,"), lines.get(4));
        lines.set(4, lines.get(4).replace(",配偶,,,有,", ",配偶,,,飞,"));
        Files.write(members, lines, StandardCharsets.UTF_8);
        Path rejects = tmp.resolve("rejects.csv");

        Cli.Result r = new Cli(data()).run("import", "--dir", in.toString(), "--snapshot", "2019-03", "--skip-invalid",
                "--rejects", rejects.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.toString());
        Map<String, List<String>> t = Tables.snapshot(data(), "2019-03");
        assertEquals(49, t.get("household").size());
        assertEquals(98, t.get("member").size(), "the head of H0000001 goes with its household");
        assertEquals(98, t.get("income").size());
        assertEquals(49, t.get("assistance_case").size());
        assertTrue(t.get("household").stream().noneMatch(row -> row.contains("H0000001")));
        String rej = Files.readString(rejects, StandardCharsets.UTF_8);
        assertTrue(rej.contains("households.csv,3,") && rej.contains("rejected whole"), rej);
        assertTrue(r.out().contains("1 household(s) rejected whole"), r.out());
    }

    @Test
    void importingALabelAgainReplacesItAndKeepsOtherLabels() {
        Path small = RollFixture.write(tmp.resolve("small"), 20);
        Path big = RollFixture.write(tmp.resolve("big"), 40);
        Cli cli = new Cli(data());
        assertEquals(ExitCodes.OK, cli.run("import", "--dir", small.toString(), "--snapshot", "2019-03").exitCode());
        assertEquals(ExitCodes.OK, cli.run("import", "--dir", small.toString(), "--snapshot", "2019-04").exitCode());
        assertEquals(ExitCodes.OK, cli.run("import", "--dir", big.toString(), "--snapshot", "2019-03", "--replace")
                .exitCode());
        assertEquals(ExitCodes.OK, cli.run("import", "--dir", big.toString(), "--snapshot", "2019-03", "--replace")
                .exitCode());
        assertEquals(40, Tables.snapshot(data(), "2019-03").get("household").size());
        assertEquals(20, Tables.snapshot(data(), "2019-04").get("household").size());
        assertEquals(100, Tables.count(data(), "SELECT COUNT(*) FROM household"),
                "the oldest replaced version, which no run refers to, is freed; the newest replaced one is kept");
    }

    @Test
    void refusesAMissingFolderClearly() {
        Cli.Result r = new Cli(data()).run("import", "--dir", tmp.resolve("nowhere").toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains("No such folder"), r.err());
    }
}
