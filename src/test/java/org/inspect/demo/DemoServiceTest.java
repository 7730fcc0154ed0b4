package org.inspect.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.inspect.batch.BatchRuntime;
import org.inspect.check.CheckRun;
import org.inspect.check.CheckService;
import org.inspect.compare.CompareService;
import org.inspect.importing.ImportService;
import org.inspect.report.DocumentService;
import org.inspect.report.data.NoticeIssuer;
import org.inspect.sampling.SampleRun;
import org.inspect.sampling.SampleService;
import org.inspect.store.Database;
import org.inspect.testing.TestContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DemoService without a console: the pipeline on a small city reports each step to its listener, in order, with
 * every planted anomaly found, the planted contradictions reconciled and the re-inspection sample verified.
 */
class DemoServiceTest {

    @TempDir
    Path dir;

    /** What the listener heard, as records. */
    private final List<String> steps = new ArrayList<>();
    private long found = -1;
    private int planted = -1;
    private long notPlanted = -1;
    private RectificationDrill.Result rectified;
    private boolean recheckVerified;

    @Test
    void runsTheCampaignMonthAndReportsEachStepInOrder() {
        new DemoService(TestContexts.at("2019-03-15T01:00:00Z"), org.inspect.testing.TestSettings.PROJECT, n -> "unverified " + n).run(
                DemoOptions.defaults().withHouseholds(300).withSeed(5), dir.resolve("demo-input"),
                dir.resolve("reports"), this::open, new Recording());
        assertEquals(List.of("generated", "importPlanned", "imported", "checked", "answerKey", "sampling", "sampled",
                "sampleChecked", "compared", "importPlanned", "imported", "compared", "drive", "compareExported",
                "disclosure", "noticesIssued", "documents", "rectified", "bulletin", "recheck"), steps);
        assertTrue(planted > 0);
        assertEquals(planted, found);
        assertEquals(0, notPlanted);
        assertNotNull(rectified);
        assertTrue(rectified.exact(), rectified.toString());
        assertTrue(recheckVerified);
        assertTrue(Files.isDirectory(dir.resolve("reports").resolve("notices")));
    }

    private DemoService.Workbench open() {
        Database db = Database.open(dir.resolve("data"));
        BatchRuntime batch = BatchRuntime.open(db, org.inspect.testing.TestSettings.PROJECT);
        return new DemoService.Workbench() {
            @Override
            public Database database() {
                return db;
            }

            @Override
            public BatchRuntime batch() {
                return batch;
            }

            @Override
            public void close() {
                batch.close();
                db.close();
            }
        };
    }

    private final class Recording implements DemoService.Listener {
        @Override
        public void generated(Path input, DemoSummary summary, Path key) {
            steps.add("generated");
        }

        @Override
        public void importPlanned(ImportService.Plan plan) {
            steps.add("importPlanned");
        }

        @Override
        public void imported(ImportService.Outcome outcome) {
            steps.add("imported");
        }

        @Override
        public void checked(CheckService checks, CheckRun run) {
            steps.add("checked");
        }

        @Override
        public void answerKey(long hit, int all, long extra) {
            steps.add("answerKey");
            found = hit;
            planted = all;
            notPlanted = extra;
        }

        @Override
        public void sampling(String seedText) {
            steps.add("sampling");
        }

        @Override
        public void sampled(SampleService samples, SampleRun run) {
            steps.add("sampled");
        }

        @Override
        public void sampleChecked(CheckRun check, SampleRun sample, long findings) {
            steps.add("sampleChecked");
        }

        @Override
        public void compared(CompareService.Summary summary) {
            steps.add("compared");
        }

        @Override
        public void drive(String month, LocalDate asOf, Set<String> without, Set<String> plantedDrives) {
            steps.add("drive");
        }

        @Override
        public void compareExported(CompareService.Exported exported, Path out) {
            steps.add("compareExported");
        }

        @Override
        public void disclosure(DocumentService.Disclosure lists) {
            steps.add("disclosure");
        }

        @Override
        public void noticesIssued(long checkRun, LocalDate deadline, NoticeIssuer.Result result) {
            steps.add("noticesIssued");
        }

        @Override
        public void documents(Path report, Path notices, Path disclosure) {
            steps.add("documents");
        }

        @Override
        public void rectified(RectificationDrill.Result result, Path ledgers) {
            steps.add("rectified");
            rectified = result;
        }

        @Override
        public void bulletin(Path file) {
            steps.add("bulletin");
        }

        @Override
        public void recheck(SampleRun run, long counties, boolean verified) {
            steps.add("recheck");
            recheckVerified = run != null && verified;
        }
    }
}
