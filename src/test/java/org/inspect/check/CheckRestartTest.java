package org.inspect.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.inspect.cli.Cli;
import org.inspect.error.ExitCodes;
import org.inspect.store.Database;
import org.inspect.testing.ChildJvm;
import org.inspect.testing.RandomKills;
import org.inspect.testing.RollFixture;
import org.inspect.testing.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A check killed mid-way (kill -9 of a separate JVM) and restarted ends with exactly an uninterrupted run's findings. */
class CheckRestartTest {

    private static final String FINDING_COLUMNS = "finding_key, subject, rule, criterion, county_code, household_id, "
            + "case_id, id_number, severity, clause, detail, evidence";

    @TempDir
    Path tmp;

    @Test
    void aCheckKilledWhileRunningRestartsToExactlyTheFindingsOfAnUninterruptedRun() throws Exception {
        Path data = tmp.resolve("data");
        Path in = RollFixture.write(tmp.resolve("in"), 10000);
        Cli cli = new Cli(data);
        assertEquals(ExitCodes.OK, cli.run("import", "--dir", in.toString(), "--snapshot", "2019-03").exitCode());

        assertTrue(killWhenChecking(data), "the child check should still be running when killed");
        assertEquals("RUNNING", status(data, 1));

        Cli.Result restarted = cli.run("restart", Long.toString(latestExecution(data)));
        assertEquals(ExitCodes.OK, restarted.exitCode(), restarted.toString());
        assertEquals("COMPLETED", status(data, 1));

        Cli.Result uninterrupted = cli.run("check", "--all", "--as-of", "2019-03-01");
        assertEquals(ExitCodes.OK, uninterrupted.exitCode(), uninterrupted.toString());
        List<String> expected = findings(data, 2);
        assertTrue(expected.size() > 1000, "the fixture yields many findings: " + expected.size());
        assertEquals(expected, findings(data, 1));
        assertEquals(tallies(data, 2), tallies(data, 1), "the restarted run counted every household once");
    }

    /** The counts a run took as it went (county, label, households). */
    private static java.util.Map<String, java.util.Map<String, Long>> tallies(Path data, long run) {
        try (Database db = Database.open(data)) {
            return new TallyStore(db).byCounty(run);
        }
    }

    /**
     * Checks ({@link RandomKills#POINTS}), each killed at a random moment across an uninterrupted check's duration
     * (seeded, the seed is printed) and restarted, each end with the same findings export as the uninterrupted check
     * of the same rolls, on whichever database this run uses (the build runs it on HSQLDB, then on PostgreSQL).
     */
    @Test
    void checksKilledAtRandomPointsRestartToTheFindingsExportOfAnUninterruptedRun() throws Exception {
        Path in = RollFixture.write(tmp.resolve("in"), 100);
        Path clean = tmp.resolve("clean");
        Path killed = tmp.resolve("killed");
        for (Path data : List.of(clean, killed)) {
            assertEquals(ExitCodes.OK, new Cli(data).run("import", "--dir", in.toString(), "--snapshot", "2019-03")
                    .exitCode());
        }
        RandomKills kills = new RandomKills("check");
        assertEquals(ExitCodes.OK, kills.reference("--data", clean.toString(), "check", "--all", "--as-of",
                "2019-03-01"));
        List<String> expected = export(clean, 1);
        assertTrue(expected.size() > 10, "the fixture yields findings: " + expected.size());
        Cli cli = new Cli(killed);
        for (int point = 0; point < RandomKills.POINTS; point++) {
            long completedBefore = completedRuns(killed);
            kills.killOnce("--data", killed.toString(), "check", "--all", "--as-of", "2019-03-01");
            long execution = latestExecution(killed);
            if (!jobStatus(killed, execution).equals("COMPLETED") && jobName(killed, execution).equals("check")) {
                Cli.Result r = cli.run("restart", Long.toString(execution));
                assertEquals(ExitCodes.OK, r.exitCode(), "seed " + kills.seed() + ", point " + point + ": " + r);
            }
            if (completedRuns(killed) == completedBefore) {
                // killed before the check had started its job: it is simply run again
                Cli.Result r = cli.run("check", "--all", "--as-of", "2019-03-01");
                assertEquals(ExitCodes.OK, r.exitCode(), "seed " + kills.seed() + ", point " + point + ": " + r);
            }
            long run = Tables.count(killed, "SELECT MAX(id) FROM check_run WHERE status = 'COMPLETED'");
            assertEquals(expected, export(killed, run), "seed " + kills.seed() + ", point " + point);
            assertEquals(tallies(clean, 1), tallies(killed, run), "seed " + kills.seed() + ", point " + point);
        }
    }

    private static String jobStatus(Path data, long execution) {
        return one(data, "SELECT BATCHSTATUS FROM JOB_EXECUTION WHERE JOBEXECUTIONID = " + execution);
    }

    private static String jobName(Path data, long execution) {
        return one(data, "SELECT i.JOBNAME FROM JOB_EXECUTION e JOIN JOB_INSTANCE i "
                + "ON i.JOBINSTANCEID = e.JOBINSTANCEID WHERE e.JOBEXECUTIONID = " + execution);
    }

    private static String one(Path data, String sql) {
        try (Database db = Database.open(data)) {
            String row = Tables.rows(db, sql, null).get(0);
            return row.substring(0, row.length() - 1);
        }
    }

    private static long completedRuns(Path data) {
        return Tables.count(data, "SELECT COUNT(*) FROM check_run WHERE status = 'COMPLETED'");
    }

    /** The findings export of a run as a reader gets it, without the finding ids (numbers of this database). */
    private List<String> export(Path data, long run) throws Exception {
        Path file = tmp.resolve("export-" + data.getFileName() + "-" + run + ".csv");
        Cli.Result r = new Cli(data).run("findings", "--run", Long.toString(run), "--format", "csv", "--out",
                file.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.toString());
        List<String> rows = new java.util.ArrayList<>();
        try (java.io.Reader in = java.nio.file.Files.newBufferedReader(file)) {
            for (var rec : org.apache.commons.csv.CSVFormat.RFC4180.parse(in)) {
                List<String> cells = new java.util.ArrayList<>(rec.toList());
                cells.remove(0);
                rows.add(String.join("|", cells));
            }
        }
        java.util.Collections.sort(rows);
        return rows;
    }

    private static List<String> findings(Path data, long run) {
        try (Database db = Database.open(data)) {
            return Tables.rows(db, "SELECT " + FINDING_COLUMNS + " FROM finding WHERE check_run_id = " + run
                    + " ORDER BY finding_key", null);
        }
    }

    private static String status(Path data, long run) {
        try (Database db = Database.open(data)) {
            return new CheckRunStore(db).get(run).status();
        }
    }

    private static long latestExecution(Path data) {
        return Tables.count(data, "SELECT MAX(JOBEXECUTIONID) FROM JOB_EXECUTION");
    }

    /** Runs the check in another JVM and kills it once a county partition is a third done. */
    private static boolean killWhenChecking(Path data) throws Exception {
        return ChildJvm.killAt("check \\S+ [3-9]0%", () -> { }, "--data", data.toString(), "check", "--all",
                "--as-of", "2019-03-01");
    }
}
