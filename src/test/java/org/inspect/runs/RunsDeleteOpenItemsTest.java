package org.inspect.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.inspect.cli.Cli;
import org.inspect.error.ExitCodes;
import org.inspect.testing.RollFixture;
import org.inspect.testing.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code inspect runs delete} asks the rectification store whether the run's notices still have open items. */
class RunsDeleteOpenItemsTest {

    @TempDir
    Path tmp;

    @Test
    void aCheckRunWhoseNoticesHaveOpenItemsIsKeptAndOnceTheyAreWithdrawnItGoes() {
        Path data = tmp.resolve("data");
        Cli cli = new Cli(data);
        Path in = RollFixture.write(tmp.resolve("in"), 24);
        assertEquals(ExitCodes.OK, cli.run("import", "--dir", in.toString(), "--snapshot", "2019-03", "--as-of",
                "2019-03-01").exitCode());
        assertEquals(ExitCodes.OK, cli.run("check", "--all", "--snapshot", "2019-03", "--as-of", "2019-03-01")
                .exitCode());
        Cli.Result notices = cli.run("notices", "--run", "1", "--issue-date", "2019-03-15", "--out",
                tmp.resolve("reports").toString());
        assertEquals(ExitCodes.OK, notices.exitCode(), notices.toString());
        long items = Tables.count(data, "SELECT COUNT(*) FROM rect_item");
        assertTrue(items > 0, "the fixture's check run has findings, so its notices open items");

        Cli.Result refused = cli.run("runs", "delete", "check", "1");
        assertEquals(ExitCodes.CONFLICT, refused.exitCode(), refused.toString());
        assertTrue(refused.err().contains(items + " open rectification item"), refused.err());
        assertEquals(1, Tables.count(data, "SELECT COUNT(*) FROM check_run WHERE id = 1"));

        // the city accepts each county's contest: every item ends WITHDRAWN, none is open any more
        for (long id = 1; id <= items; id++) {
            assertEquals(ExitCodes.OK, cli.run("rectify", "contest", Long.toString(id), "--note", "已核实",
                    "--date", "2019-03-20").exitCode());
            assertEquals(ExitCodes.OK, cli.run("rectify", "accept", Long.toString(id), "--note", "同意",
                    "--date", "2019-03-25").exitCode());
        }
        Cli.Result deleted = cli.run("runs", "delete", "check", "1");
        assertEquals(ExitCodes.OK, deleted.exitCode(), deleted.toString());
        assertEquals(0, Tables.count(data, "SELECT COUNT(*) FROM check_run WHERE id = 1"));
    }
}
