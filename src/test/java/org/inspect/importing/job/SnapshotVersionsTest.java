package org.inspect.importing.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inspect.cli.Cli;
import org.inspect.error.ExitCodes;
import org.inspect.testing.RollFixture;
import org.inspect.testing.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A month is never destroyed by accident, and a version a run refers to is kept until the run is deleted. */
class SnapshotVersionsTest {

    @TempDir
    Path tmp;

    private Cli cli() {
        return new Cli(tmp.resolve("data"));
    }

    private long households(String label) {
        return Tables.snapshot(tmp.resolve("data"), label).get("household").size();
    }

    private void importOk(Path dir, String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "import";
        args[1] = "--dir";
        args[2] = dir.toString();
        args[3] = "--snapshot";
        System.arraycopy(more, 0, args, 4, more.length);
        Cli.Result r = cli().run(args);
        assertEquals(ExitCodes.OK, r.exitCode(), r.toString());
    }

    @Test
    void refusesAnEmptyFolderAndKeepsTheMonth() throws IOException {
        importOk(RollFixture.write(tmp.resolve("in"), 30), "2019-03");
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Cli.Result r = cli().run("import", "--dir", empty.toString(), "--snapshot", "2019-03", "--replace");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.toString());
        assertTrue(r.err().contains("households.csv, members.csv, cases.csv"), r.err());
        assertEquals(30, households("2019-03"));
    }

    @Test
    void refusesAFolderWithoutCasesFile() throws IOException {
        Path in = RollFixture.write(tmp.resolve("in"), 10);
        Files.delete(in.resolve("cases.csv"));
        Cli.Result r = cli().run("import", "--dir", in.toString(), "--snapshot", "2019-03");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.toString());
        assertTrue(r.err().contains("lacks cases.csv"), r.err());
    }

    @Test
    void replacingALabelNeedsReplaceAndPrintsTheCountsBeforeAndAfter() {
        importOk(RollFixture.write(tmp.resolve("small"), 20), "2019-03");
        Path big = RollFixture.write(tmp.resolve("big"), 40);
        Cli.Result refused = cli().run("import", "--dir", big.toString(), "--snapshot", "2019-03");
        assertEquals(ExitCodes.CONFLICT, refused.exitCode(), refused.toString());
        assertTrue(refused.err().contains("--replace"), refused.err());
        assertEquals(20, households("2019-03"));

        Cli.Result r = cli().run("import", "--dir", big.toString(), "--snapshot", "2019-03", "--replace");
        assertEquals(ExitCodes.OK, r.exitCode(), r.toString());
        assertTrue(r.out().matches("(?s).*household\\s+20 -> 40.*"), r.out());
        assertEquals(40, households("2019-03"));
    }

    @Test
    void restoreBringsBackTheReplacedVersion() {
        importOk(RollFixture.write(tmp.resolve("small"), 20), "2019-03");
        importOk(RollFixture.write(tmp.resolve("big"), 40), "2019-03", "--replace");
        Cli.Result r = cli().run("snapshots", "restore", "2019-03");
        assertEquals(ExitCodes.OK, r.exitCode(), r.toString());
        assertTrue(r.out().matches("(?s).*household\\s+40 -> 20.*"), r.out());
        assertEquals(20, households("2019-03"));
        assertEquals(ExitCodes.NOT_FOUND, cli().run("snapshots", "restore", "2019-04").exitCode());
    }

    @Test
    void aVersionACheckRunRefersToIsKeptUntilTheRunIsDeleted() {
        Path first = RollFixture.write(tmp.resolve("first"), 20);
        importOk(first, "2019-03", "--as-of", "2019-03-01");
        Cli.Result check = cli().run("check", "--all", "--snapshot", "2019-03", "--as-of", "2019-03-01");
        assertEquals(ExitCodes.OK, check.exitCode(), check.toString());
        importOk(RollFixture.write(tmp.resolve("second"), 30), "2019-03", "--replace");
        importOk(RollFixture.write(tmp.resolve("third"), 40), "2019-03", "--replace");
        // versions 1 (check run 1), 2 (the newest replaced, restorable) and 3 (active) all keep their rows
        assertEquals(90, Tables.count(tmp.resolve("data"), "SELECT COUNT(*) FROM household"));
        Cli.Result all = cli().run("snapshots", "--all");
        assertTrue(all.out().contains("(id 1)") && all.out().contains("used by check run 1"), all.out());

        Cli.Result deleted = cli().run("runs", "delete", "check", "1");
        assertEquals(ExitCodes.OK, deleted.exitCode(), deleted.toString());
        assertEquals(70, Tables.count(tmp.resolve("data"), "SELECT COUNT(*) FROM household"),
                "version 1 is freed once nothing refers to it");
        Cli.Result after = cli().run("snapshots", "--all");
        assertFalse(after.out().contains("(id 1)"), after.out());
        assertEquals(ExitCodes.NOT_FOUND, cli().run("runs", "delete", "check", "1").exitCode());
    }
}
