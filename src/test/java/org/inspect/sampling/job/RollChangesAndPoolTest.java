package org.inspect.sampling.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.inspect.cli.Cli;
import org.inspect.error.ExitCodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verification against a changed roll (one case's decision edited, imported again under the same label), an
 * inspector pool that barely suffices after avoidance and one that does not, and a stratum below its minimum.
 */
class RollChangesAndPoolTest {

    private static final String POOL_LABEL = "pool";

    @TempDir
    static Path dir;

    private static Locale saved;
    private static Cli cli;
    private static Path rolls;
    private static Path plan;

    @BeforeAll
    static void importRolls() throws IOException {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        cli = new Cli(dir.resolve("data"));
        rolls = SamplingFixture.rolls(dir.resolve("rolls"), 200);
        plan = SamplingFixture.plan(dir);
        SamplingFixture.importRolls(cli, rolls, SamplingFixture.LABEL);
        Path pool = dir.resolve("pool-rolls");
        Files.createDirectories(pool);
        try (Stream<Path> files = Files.list(rolls)) {
            for (Path f : files.toList()) {
                Files.copy(f, pool.resolve(f.getFileName()));
            }
        }
        // three inspectors, from three of the four counties: teams of two barely suffice
        SamplingFixture.write(pool.resolve("inspectors.csv"), """
                inspector_id,name,unit,county_code,active
                A1,检查员甲,市民政局,370902,Y
                B1,检查员乙,市民政局,370911,Y
                C1,检查员丙,市民政局,370921,Y
                """);
        SamplingFixture.importRolls(cli, pool, POOL_LABEL);
    }

    @AfterAll
    static void restore() {
        Locale.setDefault(saved);
    }

    @Test
    void namesTheStrataOfACaseWhoseDecisionWasEdited() {
        long run = SamplingFixture.sample(cli, "--plan", plan.toString(), "--seed", "20190301",
                "--snapshot", SamplingFixture.LABEL);
        assertEquals(ExitCodes.OK, cli.run("verify-sample", Long.toString(run)).exitCode());
        // the first APPROVED case of the roll is CH0000001, household 1, county 370911
        SamplingFixture.edit(rolls.resolve("cases.csv"), ",APPROVED,2018-11-01,", ",REJECTED,2018-11-01,");
        SamplingFixture.importRolls(cli, rolls, SamplingFixture.LABEL);

        Cli.Result r = cli.run("verify-sample", Long.toString(run));

        assertEquals(ExitCodes.MISMATCH, r.exitCode(), r.toString());
        Set<String> named = r.out().lines().filter(l -> l.startsWith("Stratum county="))
                .map(l -> l.substring("Stratum ".length(), l.length() - 1)).collect(Collectors.toSet());
        assertEquals(Set.of("county=370911;program=DIBAO;outcome=APPROVED",
                "county=370911;program=DIBAO;outcome=REFUSED"), named);
        assertTrue(r.out().contains("frame size 34 in the manifest, 33 now"), r.out());
        assertTrue(r.err().contains("Verification failed"), r.err());
    }

    @Test
    void assignsTeamsFromAPoolThatBarelySufficesAfterAvoidance() {
        long run = SamplingFixture.sample(cli, "--plan", plan.toString(), "--seed", "1", "--snapshot", POOL_LABEL);
        Path data = dir.resolve("data");
        // county and team of each case, the team's ids joined in order (in Java: the SQL runs on both databases)
        Map<String, String> byCase = new java.util.TreeMap<>();
        for (String row : SamplingFixture.rows(data, "SELECT sc.case_id, sc.county_code, sa.inspector_id "
                + "FROM sample_case sc JOIN sample_assignment sa ON sa.sample_run_id = sc.sample_run_id "
                + "AND sa.case_id = sc.case_id WHERE sc.sample_run_id = " + run + " ORDER BY sc.case_id, sa.inspector_id")) {
            String[] c = row.split("\t");
            byCase.merge(c[0], c[1] + "\t" + c[2], (a, b) -> a + "," + b.substring(b.indexOf('\t') + 1));
        }
        List<String> teams = List.copyOf(byCase.values());
        assertTrue(teams.size() > 0);
        for (String row : teams) {
            String[] cols = row.split("\t");
            String expected = switch (cols[0]) {
                case "370902" -> "B1,C1";
                case "370911" -> "A1,C1";
                case "370921" -> "A1,B1";
                default -> null;
            };
            if (expected != null) {
                assertEquals(expected, cols[1], row);
            } else {
                assertEquals(2, cols[1].split(",").length, row);
            }
        }
    }

    @Test
    void refusesAPoolThatCannotHonourTheTeamSize() {
        Cli.Result r = cli.run("sample", "--plan", plan.toString(), "--seed", "1", "--snapshot", POOL_LABEL,
                "--team-size", "3");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.toString());
        assertTrue(r.err().contains("The plan cannot be honoured: too few inspectors for teams of 3"), r.err());
        for (String county : List.of("370902", "370911", "370921")) {
            assertTrue(r.err().contains("county " + county), r.err());
        }
        assertTrue(cli.run("sample", "show").out().contains("FAILED, snapshot pool"));
    }

    @Test
    void saysSoWhenAStratumIsSmallerThanItsMinimum() {
        Path big = dir.resolve("plan-min.json");
        SamplingFixture.write(big, """
                { "name": "min-40", "frame": { "from": "2018-01-01", "to": "2018-12-31" },
                  "strata": ["county", "outcome"], "size": { "rate": "10%", "min": 40 } }
                """);
        Cli.Result r = cli.run("sample", "--plan", big.toString(), "--seed", "1", "--snapshot", POOL_LABEL);
        assertEquals(ExitCodes.OK, r.exitCode(), r.toString());
        assertTrue(r.out().contains("Stratum county=370902;outcome=REFUSED holds 17 case(s), fewer than the 40"
                + " asked: all of them are taken."), r.out());
    }

    @Test
    void reportsAnEmptyStratum() {
        long run = SamplingFixture.sample(cli, "--plan", plan.toString(), "--seed", "2", "--snapshot", POOL_LABEL);
        Cli.Result r = cli.run("sample", "show", Long.toString(run));
        assertEquals(ExitCodes.OK, r.exitCode(), r.toString());
        assertTrue(r.out().contains("Stratum county=370902;program=TEKUN;outcome=APPROVED is empty"), r.out());
    }
}
