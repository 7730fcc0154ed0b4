package org.inspect.importing.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inspect.cli.Cli;
import org.inspect.demo.DemoCity;
import org.inspect.demo.DemoOptions;
import org.inspect.error.ExitCodes;
import org.inspect.error.NotFoundException;
import org.inspect.store.Database;
import org.inspect.store.Snapshots;
import org.inspect.testing.ChildJvm;
import org.inspect.testing.RandomKills;
import org.inspect.testing.RollFixture;
import org.inspect.testing.Tables;
import org.inspect.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import killed mid-way (kill -9 of a separate JVM) and resumed ends with exactly the uninterrupted rows. */
class ImportRestartTest {

    @TempDir
    Path tmp;

    @Test
    void anImportKilledWhileLoadingResumesToExactlyTheRowsOfAnUninterruptedRun() throws Exception {
        Path in = tmp.resolve("in");
        DemoCity.write(in, tmp.resolve("planted.csv"), DemoOptions.defaults().withHouseholds(6000));
        Path killed = tmp.resolve("killed");
        Path clean = tmp.resolve("clean");

        boolean killedWhileLoading = killWhenLoading(killed, in);
        assertTrue(killedWhileLoading, "the child import should still be loading when killed");
        long loading = Tables.count(killed, "SELECT id FROM snapshot WHERE status = 'LOADING'");
        long partial;
        try (Database db = Database.open(killed)) {
            Snapshots snapshots = new Snapshots(db);
            assertThrows(NotFoundException.class, () -> snapshots.activeId("2019-03"),
                    "a killed import publishes nothing");
            Map<String, Long> rows = new HashMap<>(snapshots.rowCounts(loading));
            rows.remove("standard_value"); // stored by the validate step, before the load
            partial = rows.values().stream().mapToLong(Long::longValue).sum();
        }
        assertTrue(partial > 0, "the killed import had written some rows");

        Cli.Result resumed = new Cli(killed).run("import", "--dir", in.toString(), "--snapshot", "2019-03",
                "--as-of", "2019-03-01", "--chunk-size", "50");
        assertEquals(ExitCodes.OK, resumed.exitCode(), resumed.toString());
        assertTrue(resumed.err().contains("Resuming the interrupted import"), resumed.err());

        Cli.Result uninterrupted = new Cli(clean).run("import", "--dir", in.toString(), "--snapshot", "2019-03",
                "--as-of", "2019-03-01");
        assertEquals(ExitCodes.OK, uninterrupted.exitCode(), uninterrupted.toString());

        Map<String, List<String>> expected = Tables.snapshot(clean, "2019-03");
        Map<String, List<String>> actual = Tables.snapshot(killed, "2019-03");
        for (String table : expected.keySet()) {
            assertEquals(expected.get(table), actual.get(table), "table " + table);
        }
        assertEquals(Tables.count(clean, "SELECT COUNT(*) FROM member"),
                Tables.count(killed, "SELECT COUNT(*) FROM member"), "no leftover rows of the killed run");
    }

    /**
     * Imports ({@link RandomKills#POINTS}), each killed at a random moment across an uninterrupted run's duration
     * (seeded, the seed is printed) and resumed, each end with exactly the rows of the uninterrupted run: on
     * whichever database this run uses (the build runs it on HSQLDB, then on PostgreSQL).
     */
    @Test
    void importsKilledAtRandomPointsResumeToTheRowsOfAnUninterruptedRun() throws Exception {
        // small, so that the points stay cheap; chunks of 10 lines, so that a kill falls between checkpoints
        Path in = RollFixture.write(tmp.resolve("in"), 120);
        Path clean = tmp.resolve("clean");
        Path killed = tmp.resolve("killed");
        RandomKills kills = new RandomKills("import");
        assertEquals(ExitCodes.OK, kills.reference("--data", clean.toString(), "import", "--dir", in.toString(),
                "--snapshot", "ref", "--as-of", "2019-03-01", "--chunk-size", "10"));
        Map<String, List<String>> expected = Tables.snapshot(clean, "ref");
        for (int point = 0; point < RandomKills.POINTS; point++) {
            String label = "p" + point;
            kills.killOnce("--data", killed.toString(), "import", "--dir", in.toString(), "--snapshot", label,
                    "--as-of", "2019-03-01", "--chunk-size", "10");
            if (!published(killed, label)) {
                Cli.Result resumed = new Cli(killed).run("import", "--dir", in.toString(), "--snapshot", label,
                        "--as-of", "2019-03-01", "--chunk-size", "10");
                assertEquals(ExitCodes.OK, resumed.exitCode(), "seed " + kills.seed() + ", point " + point + ": "
                        + resumed);
            }
            Map<String, List<String>> actual = Tables.snapshot(killed, label);
            for (String table : expected.keySet()) {
                assertEquals(expected.get(table), actual.get(table), "seed " + kills.seed() + ", point " + point
                        + ", table " + table);
            }
        }
        assertEquals(0, Tables.count(killed, "SELECT COUNT(*) FROM snapshot WHERE status = 'LOADING'"),
                "no snapshot left half-loaded");
        assertEquals(RandomKills.POINTS * expected.get("member").size(),
                Tables.count(killed, "SELECT COUNT(*) FROM member"),
                "no leftover rows of a killed run");
    }

    private static boolean published(Path data, String label) {
        try (Database db = Database.open(data)) {
            return new Snapshots(db).activeIdOf(label).isPresent();
        }
    }

    /**
     * Starts the import in another JVM with small chunks; once members.csv is a third loaded, checks that a second
     * process is refused the database, then kills the import. Not the largest file (incomes.csv), which the load
     * takes first: on HSQLDB, one partition at a time, a kill a moment into the first file could find every commit
     * still within HSQLDB's half-second write delay, nothing on disk; by members.csv the first file is long written.
     */
    private static boolean killWhenLoading(Path data, Path in) throws Exception {
        return ChildJvm.killAt("members\\.csv [3-9]0%", () -> {
            if (TestDatabases.postgres()) {
                // a shared server: readers go on, a second import of the same label is refused
                assertEquals(ExitCodes.OK, new Cli(data).run("snapshots").exitCode());
                Cli.Result second = new Cli(data).run("import", "--dir", in.toString(), "--snapshot", "2019-03");
                assertEquals(ExitCodes.CONFLICT, second.exitCode(), second.toString());
                assertTrue(second.err().contains("is in use by another inspect process"), second.err());
                assertTrue(second.err().contains(" pid "), "says who holds it: " + second.err());
                return;
            }
            Cli.Result second = new Cli(data).run("snapshots");
            assertEquals(ExitCodes.CONFLICT, second.exitCode(), second.toString());
            assertTrue(second.err().contains("is in use by another inspect process"), second.err());
        }, "--data", data.toString(), "import", "--dir", in.toString(), "--snapshot", "2019-03", "--as-of",
                "2019-03-01", "--chunk-size", "50");
    }
}
