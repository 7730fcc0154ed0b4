package org.inspect.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.inspect.report.PdfText;
import org.inspect.testing.ChildJvm;
import org.inspect.testing.PostgresTestLocator;
import org.inspect.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same rolls give the same answers on both databases: the demo (import, check, sample, compare, documents,
 * rectification) runs once on the embedded HSQLDB and once on PostgreSQL, each in a JVM and folder of its own,
 * and prints the same lines, the same findings export, the same sampled case ids and frame hashes, the same
 * compare lists and the same document texts, although the PostgreSQL database sorts text by a language's rules
 * unless told otherwise. Runs when a PostgreSQL server is configured
 * ({@code INSPECT_TEST_POSTGRES_URL}), in the embedded run of the suite.
 */
class SameAnswersTest {

    @TempDir
    Path work;

    @Test
    void theDemoGivesTheSameFindingsSamplesListsAndDocumentsOnBothDatabases() throws Exception {
        assumeFalse(TestDatabases.postgres(), "compares the embedded database with PostgreSQL");
        String server = TestDatabases.serverUrl();
        assumeTrue(server != null, "no PostgreSQL server configured (INSPECT_TEST_POSTGRES_URL)");
        // a server whose default collation is a language's (ICU en-US sorts "DB-1" after "DB_2" and "db0" before
        // "DB1"): the answers must not depend on it
        String pgUrl = PostgresTestLocator.create(server, "same_answers_" + ProcessHandle.current().pid() + "_"
                + System.nanoTime(), "TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C.UTF-8'");

        Path hs = work.resolve("hsqldb");
        Path pg = work.resolve("postgresql");
        String hsOut = inspect(hs, List.of(), "demo", "--households", "400");
        String pgOut = inspect(pg, List.of("--db-url", pgUrl), "demo", "--households", "400");
        assertTrue(hsOut.contains("findings not in the answer key: 0"), hsOut);
        assertFalse(hsOut.contains(" WARN ") || pgOut.contains(" WARN "), "a new database opens without warnings:\n"
                + hsOut + pgOut);
        assertEquals(normalised(hsOut, hs), normalised(pgOut, pg), "the demo's lines");

        inspect(hs, List.of(), "findings", "--run", "1", "--format", "csv", "--out", "findings.csv");
        inspect(pg, List.of("--db-url", pgUrl), "findings", "--run", "1", "--format", "csv", "--out", "findings.csv");
        assertEquals(withoutIds(Files.readString(hs.resolve("findings.csv"))),
                withoutIds(Files.readString(pg.resolve("findings.csv"))));

        inspect(hs, List.of(), "sample", "show", "1", "--export", "sample");
        inspect(pg, List.of("--db-url", pgUrl), "sample", "show", "1", "--export", "sample");
        assertEquals(manifest(hs), manifest(pg), "sampled case ids, inspectors and frame hashes");
        assertEquals(Files.readString(hs.resolve("sample/sample.csv")), Files.readString(pg.resolve("sample/sample.csv")));

        for (Path f : files(hs.resolve("reports"))) {
            Path other = pg.resolve(hs.relativize(f).toString());
            assertTrue(Files.exists(other), "missing on PostgreSQL: " + hs.relativize(f));
            String name = f.getFileName().toString();
            if (name.endsWith(".csv")) {
                assertEquals(Files.readString(f), Files.readString(other), hs.relativize(f).toString());
            } else if (name.endsWith(".pdf")) {
                assertEquals(withoutCheckpoint(PdfText.text(f)), withoutCheckpoint(PdfText.text(other)),
                        hs.relativize(f).toString());
            }
        }
    }

    /**
     * The bulletin's signed checkpoint without its key, hash and signature: each data folder has an anchor key of its
     * own, and the history attests the register's rows, which name each folder's absolute paths (issue 24). Its event
     * number stays compared.
     */
    private static String withoutCheckpoint(String text) {
        return text.replaceAll("密钥指纹 [0-9a-f]+", "密钥指纹 K").replaceAll("hash=[0-9a-f]+", "hash=H")
                .replaceAll("key=[0-9a-f]+", "key=K").replaceAll("sig=\\S+", "sig=S");
    }

    /** Runs inspect in its own JVM in {@code dir} (documents go to ./reports), returns what it printed. */
    private static String inspect(Path dir, List<String> db, String... args) throws Exception {
        Files.createDirectories(dir);
        List<String> cmd = new ArrayList<>(List.of("--data", "data"));
        cmd.addAll(db);
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(ChildJvm.command(List.of("-XX:TieredStopAtLevel=1",
                "-Duser.language=en"), cmd.toArray(String[]::new))).directory(dir.toFile());
        Path out = dir.resolve("out-" + args[0] + ".txt");
        pb.redirectErrorStream(true).redirectOutput(out.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "inspect " + String.join(" ", args) + " did not finish");
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), text);
        return text;
    }

    /**
     * The output without the folder and without the job repository's execution ids: JBeret's DDL numbers
     * executions from 0 on HSQLDB and from 1 on PostgreSQL, which is no answer of the toolkit's.
     */
    private static String normalised(String out, Path dir) {
        return out.replace(dir.toAbsolutePath().toString(), "DIR").replace(dir.toString(), "DIR")
                .replaceAll("job execution \\d+", "job execution N");
    }

    /**
     * The findings export without its first column: a finding's id is the order in which the check's two county
     * partitions happened to store it, which differs from run to run on either database.
     */
    private static String withoutIds(String csv) {
        return csv.lines().map(l -> l.substring(l.indexOf(',') + 1)).reduce("", (a, b) -> a + b + "\n");
    }

    /** The manifest without the moment it was written. */
    private static String manifest(Path dir) throws Exception {
        return Files.readString(dir.resolve("sample/manifest.json")).replaceAll("\"createdAt\" : \"[^\"]*\"", "");
    }

    private static List<Path> files(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
