package org.inspect.sampling.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.inspect.cli.Cli;
import org.inspect.error.ExitCodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code inspect plan}: the known sample sizes and upper bound of the issue, in fractions and percentages. */
class PlanCommandTest {

    private static Locale saved;

    @TempDir
    Path data;

    @BeforeAll
    static void english() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterAll
    static void restore() {
        Locale.setDefault(saved);
    }

    static Stream<Arguments> knownSizes() {
        return Stream.of(
                Arguments.of("95%", "5%", "0", 59),
                Arguments.of("0.95", "0.05", "0", 59),
                Arguments.of("90%", "5%", "0", 45),
                Arguments.of("0.90", "5%", "0%", 45),
                Arguments.of("95%", "10%", "0", 29),
                Arguments.of("95%", "5%", "1%", 93),
                Arguments.of("0.95", "0.05", "0.01", 93));
    }

    @ParameterizedTest(name = "{0} / {1} / {2} -> {3}")
    @MethodSource("knownSizes")
    void printsTheBinomialSampleSize(String confidence, String tolerable, String expected, int size) {
        Cli.Result r = new Cli(data).run("plan", "--confidence", confidence, "--tolerable", tolerable,
                "--expected", expected);
        assertEquals(ExitCodes.OK, r.exitCode(), r.toString());
        assertTrue(r.out().startsWith("Sample size " + size + " (binomial;"), r.out());
    }

    @Test
    void usesTheHypergeometricDistributionForAPopulation() {
        // N = 100 with 5 deviations at 5 %: the smallest n with C(95,n)/C(100,n) <= 0.05 is 45
        Cli.Result r = new Cli(data).run("plan", "--confidence", "95%", "--tolerable", "5%", "--expected", "0",
                "--population", "100");
        assertEquals(ExitCodes.OK, r.exitCode(), r.toString());
        assertTrue(r.out().startsWith("Sample size 45 (hypergeometric, population 100;"), r.out());
    }

    @Test
    void printsTheClopperPearsonUpperBound() {
        Cli.Result r = new Cli(data).run("plan", "--evaluate", "--sample", "100", "--deviations", "1",
                "--confidence", "95%");
        assertEquals(ExitCodes.OK, r.exitCode(), r.toString());
        assertTrue(r.out().startsWith("Upper bound of the deviation rate: 4.7% "), r.out());
    }

    @Test
    void namesAMissingOption() {
        Cli.Result r = new Cli(data).run("plan", "--confidence", "95%");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.toString());
        assertTrue(r.err().contains("Missing --tolerable"), r.err());
    }

    @Test
    void refusesAnExpectedRateNotBelowTheTolerable() {
        Cli.Result r = new Cli(data).run("plan", "--confidence", "95%", "--tolerable", "5%", "--expected", "5%");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.toString());
        assertTrue(r.err().contains("below the tolerable rate"), r.err());
    }
}
