package org.inspect.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.inspect.check.CheckRun;
import org.inspect.check.CheckService;
import org.inspect.importing.ImportService;
import org.inspect.importing.job.ImportParameters;
import org.inspect.progress.Progress;
import org.inspect.store.Database;
import org.inspect.store.Snapshots;
import org.inspect.testing.RollFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two batch runtimes over two databases in one JVM, running jobs at the same time: each job reaches its own
 * runtime's database and reports progress to its own runtime's listener (no static locator in between).
 */
class TwoRuntimesTest {

    private static final LocalDate AS_OF = LocalDate.of(2019, 3, 1);

    @TempDir
    Path tmp;

    /** Records "label:done" for every update and "label:done" at the end. */
    private static final class Recorder implements Progress {
        final List<String> seen = Collections.synchronizedList(new ArrayList<>());

        @Override
        public Task start(String label, long total) {
            seen.add(label + ":start:" + total);
            return new Task() {
                @Override
                public void update(long done) {
                    seen.add(label + ":" + done);
                }

                @Override
                public void done() {
                    seen.add(label + ":done");
                }
            };
        }
    }

    @Test
    void runsImportAndCheckOnTwoDatabasesAtOnceEachWithItsOwnDatabaseAndProgress() throws Exception {
        // big enough that cases.csv (about 140 bytes a row) passes the import's 300 kB progress threshold
        Path bigRolls = RollFixture.write(tmp.resolve("big"), 2500);
        Path smallRolls = RollFixture.write(tmp.resolve("small"), 40);
        Recorder bigProgress = new Recorder();
        Recorder smallProgress = new Recorder();
        ExecutorService two = Executors.newFixedThreadPool(2);
        try (Database a = Database.open(tmp.resolve("a")); Database b = Database.open(tmp.resolve("b"));
                BatchRuntime ra = BatchRuntime.open(a, org.inspect.testing.TestSettings.PROJECT, bigProgress);
                BatchRuntime rb = BatchRuntime.open(b, org.inspect.testing.TestSettings.PROJECT, smallProgress)) {
            Future<ImportService.Outcome> ia = two.submit(() -> new ImportService(a, ra).importFolder(
                    params(bigRolls, tmp.resolve("rejects-a.csv")), false));
            Future<ImportService.Outcome> ib = two.submit(() -> new ImportService(b, rb).importFolder(
                    params(smallRolls, tmp.resolve("rejects-b.csv")), false));
            assertEquals(2500L, ia.get().loaded().get(org.inspect.importing.RollFile.HOUSEHOLDS).longValue());
            assertEquals(40L, ib.get().loaded().get(org.inspect.importing.RollFile.HOUSEHOLDS).longValue());

            Future<CheckRun> ca = two.submit(() -> new CheckService(a, ra, org.inspect.testing.TestSettings.PROJECT).check("2019-03", AS_OF, null));
            Future<CheckRun> cb = two.submit(() -> new CheckService(b, rb, org.inspect.testing.TestSettings.PROJECT).check("2019-03", AS_OF, null));
            assertEquals(2500L, ca.get().households().longValue());
            assertEquals(40L, cb.get().households().longValue());

            assertEquals(2500L, households(a));
            assertEquals(40L, households(b));
        } finally {
            two.shutdownNow();
        }
        assertTrue(bigProgress.seen.contains("cases.csv:start:1000"), bigProgress.seen.toString());
        assertTrue(bigProgress.seen.contains("cases.csv:1000"), bigProgress.seen.toString());
        assertTrue(bigProgress.seen.contains("cases.csv:done"), bigProgress.seen.toString());
        assertEquals(List.of(), smallProgress.seen, "the small import stays under every progress threshold");
    }

    private static ImportParameters params(Path dir, Path rejects) {
        return new ImportParameters(dir, "2019-03", false, rejects, AS_OF);
    }

    private static long households(Database db) {
        Snapshots s = new Snapshots(db);
        return s.rowCounts(s.activeId("2019-03")).get("household");
    }
}
