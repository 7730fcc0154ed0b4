package org.inspect.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.inspect.cli.Cli;
import org.inspect.demo.DemoCity;
import org.inspect.demo.DemoOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rolls as of a day hold no decision taken after it: the demo's month one has none, and an import whose rolls
 * hold later decisions (month two's, imported as of 2019-03-01) is imported with a warning naming how many and
 * the latest date.
 */
class LaterDecisionsTest {

    @TempDir
    Path tmp;

    @Test
    void theDemosMonthOneHoldsNoDecisionAfterItsOwnDate() throws Exception {
        DemoOptions options = DemoOptions.defaults().withHouseholds(3000);
        DemoCity.write(tmp.resolve("in"), tmp.resolve("key.csv"), options);
        Path cases = Files.list(tmp.resolve("in")).filter(p -> p.getFileName().toString().startsWith("cases"))
                .findFirst().orElseThrow();
        List<String> lines = Files.readAllLines(cases);
        int column = List.of(lines.get(0).replace("\uFEFF", "").split(",")).indexOf("decision_date");
        long later = lines.stream().skip(1).map(l -> l.split(",", -1)[column]).filter(d -> !d.isBlank())
                .filter(d -> LocalDate.parse(d).isAfter(options.asOf())).count();
        assertEquals(0, later, "decisions after " + options.asOf() + " in month one");
    }

    @Test
    void importingRollsWithDecisionsAfterTheirDayWarnsWithTheCountAndTheLatestDate() {
        DemoOptions options = DemoOptions.defaults().withHouseholds(400);
        DemoCity.write(tmp.resolve("in/one"), tmp.resolve("key-1.csv"), options);
        DemoCity.write(tmp.resolve("in/two"), tmp.resolve("key-2.csv"), options.withMonth(2));
        Cli cli = new Cli(tmp.resolve("data"));
        Cli.Result one = cli.run("import", "--dir", tmp.resolve("in/one").toString(), "--snapshot", "2019-03",
                "--as-of", "2019-03-01");
        assertEquals(0, one.exitCode(), one::toString);
        assertFalse(one.toString().contains("decisions are dated after"), one::toString);
        Cli.Result two = cli.run("import", "--dir", tmp.resolve("in/two").toString(), "--snapshot", "2019-04",
                "--as-of", "2019-03-01");
        assertEquals(0, two.exitCode(), two::toString);
        assertTrue(java.util.regex.Pattern.compile("as of 2019-03-01, but \\d+ decisions are dated after it "
                + "\\(the latest 2019-03-\\d\\d\\)").matcher(two.toString()).find(), two::toString);
    }
}
