package org.inspect.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.inspect.check.CheckRunStore;
import org.inspect.cli.Cli;
import org.inspect.demo.DemoCity;
import org.inspect.demo.DemoOptions;
import org.inspect.demo.DemoSummary;
import org.inspect.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the demo city, the compare run and {@code check --all} agree on rule UNCOVERED_REGISTERED_POOR, and month two
 * against month one lists the planted dibao terminations of registered poor households.
 */
class DemoCityAgreementTest {

    @TempDir
    Path tmp;

    @Test
    void compareAgreesWithCheckOnUncoveredRegisteredPoorAndListsTerminations() {
        DemoOptions options = DemoOptions.defaults().withHouseholds(600).withAnomalyRate(0.2);
        DemoSummary one = DemoCity.write(tmp.resolve("in/2019-03"), tmp.resolve("in/key-03.csv"), options);
        DemoSummary two = DemoCity.write(tmp.resolve("in/2019-04"), tmp.resolve("in/key-04.csv"), options.withMonth(2));
        Cli cli = new Cli(tmp.resolve("data"));
        ok(cli.run("import", "--dir", tmp.resolve("in/2019-03").toString(), "--snapshot", "2019-03",
                "--as-of", one.referenceDate().toString()));
        ok(cli.run("import", "--dir", tmp.resolve("in/2019-04").toString(), "--snapshot", "2019-04",
                "--as-of", two.referenceDate().toString()));
        ok(cli.run("check", "--all", "--snapshot", "2019-03", "--as-of", one.referenceDate().toString()));
        ok(cli.run("compare", "--snapshot", "2019-03", "--as-of", one.referenceDate().toString()));
        ok(cli.run("compare", "--snapshot", "2019-04", "--as-of", two.referenceDate().toString(), "--against", "2019-03"));
        try (Database db = Database.open(tmp.resolve("data"))) {
            CompareStore store = new CompareStore(db);
            List<CompareRun> runs = new CompareRunStore(db).list();
            long march = runs.get(1).id();
            Set<String> fromCheck = CompareListsTest.ruleHouseholds(db, new CheckRunStore(db).latestCompleted().id());
            assertFalse(fromCheck.isEmpty(), "the demo plants uncovered registered poor households");
            assertEquals(fromCheck, store.ruleSubjects(march));
            List<Change> terminated = store.changes(runs.get(0).id()).stream()
                    .filter(c -> c.kind() == Change.Kind.DIBAO_TERMINATED).toList();
            assertFalse(terminated.isEmpty(), "month two terminates dibao of some registered poor households");
            assertTrue(terminated.stream().allMatch(c -> c.caseId() != null && c.householdId() != null));
        }
    }

    private static void ok(Cli.Result r) {
        assertEquals(0, r.exitCode(), r::toString);
    }
}
