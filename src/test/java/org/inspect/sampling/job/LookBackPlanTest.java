package org.inspect.sampling.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inspect.cli.Cli;
import org.inspect.error.ExitCodes;
import org.inspect.testing.RollFixture;
import org.inspect.testing.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: the default plan samples what a look-back looks back at, so it works on rolls whose decisions all
 * predate the campaign (the fixture's cases are all decided 2018-11-01); an empty frame says which decision
 * dates the rolls hold and how to widen the plan, and uses up no run number.
 */
class LookBackPlanTest {

    private static final String SEED = "2019-03-01 福彩3D 第2019056期 开奖号 407";

    @TempDir
    Path tmp;

    @Test
    void theDefaultPlanSamplesRollsDecidedBeforeTheCampaignAndAnEmptyFrameUsesNoRunNumber() throws Exception {
        Path data = tmp.resolve("data");
        Cli cli = new Cli(data);
        Path in = RollFixture.write(tmp.resolve("in"), 30);
        assertEquals(ExitCodes.OK, cli.run("import", "--dir", in.toString(), "--snapshot", "2019-03", "--as-of",
                "2019-03-01").exitCode());

        // refusals only, within a month before the reference date: the fixture's refusals (2018-11-01) are older
        Path narrow = tmp.resolve("narrow.json");
        Files.writeString(narrow, """
                {"name": "narrow", "frame": {"kind": "look-back", "reference": "2019-03-01", "lookBack": "P1M",
                 "decisions": ["REJECTED"]}, "size": {"count": 2}}""", StandardCharsets.UTF_8);
        Cli.Result empty = cli.run("sample", "--plan", narrow.toString(), "--seed-text", SEED);
        assertEquals(ExitCodes.BAD_INPUT, empty.exitCode(), empty.toString());
        // 30 households, one case each: every third refused, the others approved, all decided 2018-11-01
        assertTrue(empty.err().contains("APPROVED 20 (2018-11-01 – 2018-11-01); REJECTED 10 (2018-11-01 – 2018-11-01)"),
                empty.err());
        assertTrue(empty.err().contains("lookBack") && empty.err().contains("--plan FILE"), empty.err());
        assertEquals(0, Tables.count(data, "SELECT COUNT(*) FROM sample_run"), "no run was created");

        Cli.Result drawn = cli.run("sample", "--plan", "default", "--seed-text", SEED);
        assertEquals(ExitCodes.OK, drawn.exitCode(), drawn.toString());
        assertEquals(1, Tables.count(data, "SELECT MAX(id) FROM sample_run"), "the refused attempt used no number");
        // in force whatever the decision date: every approved case is in the frame; refusals of 2018-11-01 are
        // within the year before 2019-03-01
        assertEquals(30, Tables.count(data, "SELECT frame_size FROM sample_run WHERE id = 1"));
        assertTrue(Tables.count(data, "SELECT COUNT(*) FROM sample_case WHERE sample_run_id = 1") > 0);
    }
}
