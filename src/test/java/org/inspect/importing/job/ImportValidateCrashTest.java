package org.inspect.importing.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.inspect.cli.Cli;
import org.inspect.error.ExitCodes;
import org.inspect.testing.ChildJvm;
import org.inspect.testing.RollFixture;
import org.inspect.testing.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import's validate step writes the LOADING snapshot, its rejected lines and its standards in one transaction:
 * a JVM halted (as kill -9) just before or just after that commit leaves either nothing or one LOADING snapshot,
 * and the next import ends with exactly the rows of an uninterrupted one and one snapshot row.
 */
class ImportValidateCrashTest {

    @TempDir
    Path tmp;

    private String haltAt(Path data, Path in, String point) throws Exception {
        Process p = new ProcessBuilder(ChildJvm.command(List.of("-Dinspect.test.halt=" + point), "--data",
                data.toString(), "import", "--dir", in.toString(), "--snapshot", "2019-03", "--as-of", "2019-03-01",
                "--skip-invalid")).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(137, p.exitValue(), out);
        return out;
    }

    private void assertResumesToTheUninterruptedRows(Path crashed, Path in) {
        Cli.Result resumed = new Cli(crashed).run("import", "--dir", in.toString(), "--snapshot", "2019-03",
                "--as-of", "2019-03-01", "--skip-invalid");
        assertEquals(ExitCodes.OK, resumed.exitCode(), resumed.toString());
        Path clean = tmp.resolve("clean");
        assertEquals(ExitCodes.OK, new Cli(clean).run("import", "--dir", in.toString(), "--snapshot", "2019-03",
                "--as-of", "2019-03-01", "--skip-invalid").exitCode());
        Map<String, List<String>> expected = Tables.snapshot(clean, "2019-03");
        Map<String, List<String>> actual = Tables.snapshot(crashed, "2019-03");
        for (String table : expected.keySet()) {
            assertEquals(expected.get(table), actual.get(table), "table " + table);
        }
        assertEquals(1, Tables.count(crashed, "SELECT COUNT(*) FROM snapshot"), "one snapshot, no LOADING leftover");
        assertEquals(Tables.count(clean, "SELECT COUNT(*) FROM import_rejected_line"),
                Tables.count(crashed, "SELECT COUNT(*) FROM import_rejected_line"));
        assertEquals(Tables.count(clean, "SELECT COUNT(*) FROM standard_value"),
                Tables.count(crashed, "SELECT COUNT(*) FROM standard_value"));
    }

    /** A folder with one bad member line, so that the validate step records a rejected line too. */
    private Path folder() throws Exception {
        Path in = RollFixture.write(tmp.resolve("in"), 12);
        Path members = in.resolve("members.csv");
        List<String> lines = new java.util.ArrayList<>(java.nio.file.Files.readAllLines(members));
        lines.set(3, lines.get(3).replaceFirst(",[0-9X]{18},", ",12345,"));
        java.nio.file.Files.write(members, lines);
        return in;
    }

    @Test
    void haltedAfterTheCommitTheRestartRewritesTheSameLoadingSnapshot() throws Exception {
        Path in = folder();
        Path crashed = tmp.resolve("crashed");
        assertTrue(haltAt(crashed, in, "validate.afterCommit").contains("HALT validate.afterCommit"));
        assertEquals(1, Tables.count(crashed, "SELECT COUNT(*) FROM snapshot WHERE status = 'LOADING'"));
        assertTrue(Tables.count(crashed, "SELECT COUNT(*) FROM import_rejected_line") > 0);
        assertResumesToTheUninterruptedRows(crashed, in);
    }

    @Test
    void haltedBeforeTheCommitNothingIsLeft() throws Exception {
        Path in = folder();
        Path crashed = tmp.resolve("crashed");
        assertTrue(haltAt(crashed, in, "validate.beforeCommit").contains("HALT validate.beforeCommit"));
        assertEquals(0, Tables.count(crashed, "SELECT COUNT(*) FROM snapshot"));
        assertEquals(0, Tables.count(crashed, "SELECT COUNT(*) FROM import_rejected_line"));
        assertEquals(0, Tables.count(crashed, "SELECT COUNT(*) FROM standard_value"));
        assertResumesToTheUninterruptedRows(crashed, in);
    }
}
