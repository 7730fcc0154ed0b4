package org.inspect.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inspect.cli.Cli;
import org.inspect.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code inspect bench} at a small size, so that it cannot rot: every step runs in its own JVM and gets a line
 * with its seconds, and every step but the two baselines its ratio to a baseline, on the terminal and in the
 * CSV. Timings are never asserted. In the suite's PostgreSQL run the bench runs on that server (a database of its
 * own per size, dropped after it), so both kinds of database are benched by the same test.
 */
class BenchCommandTest {

    private static final List<String> BASELINES = List.of("write-baseline", "read-baseline");
    private static final List<String> TIMED = List.of("import", "check --all", "compare", "sample", "report",
            "notices", "disclosure");

    @TempDir
    Path dir;

    @Test
    void runsEveryStepAndPrintsEachRatioToItsBaseline() throws Exception {
        Path csv = dir.resolve("bench.csv");
        List<String> args = new java.util.ArrayList<>(List.of("bench", "--households", "400", "--work",
                dir.resolve("work").toString(), "--out", csv.toString()));
        if (TestDatabases.postgres()) {
            args.addAll(List.of("--db-url", TestDatabases.serverUrl()));
        }
        Cli.Result r = new Cli(dir.resolve("data")).run(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().contains(TestDatabases.postgres() ? "Database: jdbc:postgresql:"
                : "Database: the embedded HSQLDB"), r.out());

        for (String step : BASELINES) {
            assertTrue(Pattern.compile("(?m)^" + Pattern.quote(step) + " +\\d+ +\\d+\\.\\d +\\d+\\.\\d +\\d+ rows/s +\\d+  -$")
                    .matcher(r.out()).find(), step + " line missing:\n" + r.out());
        }
        for (String step : TIMED) {
            Matcher m = Pattern.compile("(?m)^" + Pattern.quote(step) + " +\\d+ +\\d+\\.\\d +\\d+\\.\\d +\\d+ \\S+/s +\\d+  "
                    + "(\\d+\\.\\d\\d)× (write-baseline|read-baseline)$").matcher(r.out());
            assertTrue(m.find(), step + " line without a ratio:\n" + r.out());
            assertEquals(step.equals("import") ? "write-baseline" : "read-baseline", m.group(2), step);
        }
        assertTrue(r.out().contains("whole chain (import, check, compare, sample, report, notices, disclosure): "),
                r.out());
        // the targets of the database the bench ran on (issue 25)
        boolean pg = TestDatabases.postgres();
        assertTrue(r.out().contains(pg ? "target whole chain < 300 s: " : "target whole chain < 600 s: "), r.out());
        assertTrue(r.out().contains(pg ? "target check --all time ≤ 1.5× the read baseline's: "
                : "target check --all time ≤ 2× the read baseline's: "), r.out());
        assertEquals(pg, r.out().contains("target disclosure < 60 s: "), r.out());
        assertTrue(Pattern.compile("target peak heap of every step < 2048 MB: \\d+ MB at most \\(\\S").matcher(r.out())
                .find(), r.out());
        assertTrue(r.out().matches("(?s).*answer key: the check found all \\d+ planted findings .* exact.*"), r.out());

        List<String> rows = new java.util.ArrayList<>(Files.readAllLines(csv, StandardCharsets.UTF_8));
        assertTrue(rows.get(0).startsWith("\uFEFF"), "a byte-order mark for Excel");
        rows.set(0, rows.get(0).substring(1));
        assertEquals("households,step,rows,unit,seconds,cpu_seconds,per_second,peak_heap_mb,baseline,ratio_to_baseline",
                rows.get(0));
        for (String step : TIMED) {
            assertTrue(rows.stream().anyMatch(line -> line.matches("400," + Pattern.quote(step)
                    + ",\\d+,(rows|households),\\d+\\.\\d\\d,\\d+\\.\\d\\d,\\d+,\\d+,(write|read)-baseline,\\d+\\.\\d\\d")),
                    step + " missing from the CSV:\n" + String.join("\n", rows));
        }
        assertTrue(Files.notExists(dir.resolve("work").resolve("400")), "the size's folder is deleted");
        if (TestDatabases.postgres()) {
            assertEquals(List.of(), benchDatabases(), "the size's databases are dropped");
        }
    }

    private static List<String> benchDatabases() throws java.sql.SQLException {
        List<String> names = new java.util.ArrayList<>();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(TestDatabases.serverUrl());
                java.sql.ResultSet rs = c.createStatement().executeQuery(
                        "SELECT datname FROM pg_database WHERE datname LIKE '%\\_bench\\_400%'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
