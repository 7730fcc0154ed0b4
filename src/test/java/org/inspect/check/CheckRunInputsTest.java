package org.inspect.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import org.inspect.batch.BatchRuntime;
import org.inspect.batch.JobResult;
import org.inspect.check.job.CheckParameters;
import org.inspect.cli.Cli;
import org.inspect.demo.DemoCity;
import org.inspect.demo.DemoOptions;
import org.inspect.report.PdfText;
import org.inspect.store.Database;
import org.inspect.store.Snapshots;
import org.inspect.testing.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A check run keeps the word list (config/reason-words.txt) it used: its partitions apply it, and the report names its hash. */
class CheckRunInputsTest {

    @TempDir
    Path tmp;

    private static void ok(Cli.Result r) {
        assertEquals(0, r.exitCode(), r::toString);
    }

    @Test
    void aRunKeepsTheCriteriaFileItUsedAndItsPartitionsApplyThatCopy() throws Exception {
        Path in = tmp.resolve("in");
        DemoCity.write(in, tmp.resolve("planted.csv"), DemoOptions.defaults().withHouseholds(300).withSeed(5));
        Path data = tmp.resolve("data");
        Cli cli = new Cli(data);
        ok(cli.run("import", "--dir", in.toString(), "--snapshot", "2019-03", "--as-of", "2019-03-01"));
        ok(cli.run("check", "--all", "--snapshot", "2019-03", "--as-of", "2019-03-01"));
        // the tests run in the project folder, whose config/ holds the file the command read
        String file = Files.readString(Path.of("config", "reason-words.txt"), StandardCharsets.UTF_8);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(file.getBytes(StandardCharsets.UTF_8)));
        long withFile;
        try (Database db = Database.open(data)) {
            CheckRunStore.Criteria kept = new CheckRunStore(db).criteria(1);
            assertEquals(file, kept.text());
            assertEquals(sha, kept.sha256());
            withFile = exclusions(db, 1);
            assertTrue(withFile > 0, "the demo plants illegal exclusion criteria");
            // a run that kept a file without patterns: its partitions must find no exclusion criterion at all,
            // whatever config/reason-words.txt says now
            long snapshot = new Snapshots(db).activeId("2019-03");
            long run = new CheckRunStore(db).create(snapshot, "2019-03", LocalDate.of(2019, 3, 1), null,
                    "# no patterns\n");
            try (BatchRuntime rt = BatchRuntime.open(db, org.inspect.testing.TestSettings.PROJECT)) {
                JobResult r = rt.run("check", new CheckParameters(run, snapshot, LocalDate.of(2019, 3, 1), null)
                        .toProperties());
                assertTrue(r.completed(), r.toString());
            }
            assertEquals(0, exclusions(db, run));
        }
        ok(cli.run("report", "--run", "1", "--out", tmp.resolve("reports").toString()));
        try (var files = Files.list(tmp.resolve("reports"))) {
            Path report = files.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
            assertTrue(PdfText.text(report).replaceAll("\\s+", "").contains(sha), "the method section names the hash");
        }
    }

    private static long exclusions(Database db, long run) {
        return Tables.rows(db, "SELECT id FROM finding WHERE rule = 'ILLEGAL_EXCLUSION' AND check_run_id = " + run,
                null).size();
    }
}
