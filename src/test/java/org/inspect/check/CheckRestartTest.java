package org.inspect.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.inspect.error.ExitCodes;
import org.inspect.store.Database;
import org.inspect.testing.ChildJvm;
import org.inspect.testing.Cli;
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
