package org.inspect.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Issue 25's targets per database, judged on a run's figures (made up here: no test times anything). */
class BenchTargetsTest {

    private static BenchStep step(String name, double seconds, long heapMb) {
        return new BenchStep(name, 1000, 1000, BenchStep.Unit.ROWS, seconds, seconds, heapMb << 20, null, Double.NaN);
    }

    /** import 1.2× its baseline's time (speed 0.83×), check 1.6×, compare 1.4×; chain 400 s; disclosure 70 s. */
    private static BenchResult run() {
        BenchStep write = step(Bench.WRITE_BASELINE, 100, 200);
        BenchStep read = step(Bench.READ_BASELINE, 25, 200);
        List<BenchStep> steps = List.of(write, step(Bench.IMPORT, 120, 500).against(write), read,
                step(Bench.CHECK, 40, 300).against(read), step(Bench.COMPARE, 35, 300).against(read),
                step(Bench.SAMPLE, 10, 600).against(read), step(Bench.REPORT, 50, 1900).against(read),
                step(Bench.NOTICES, 75, 1000).against(read), step(Bench.DISCLOSURE, 70, 1200).against(read));
        return new BenchResult(1000, steps, null);
    }

    private static Map<String, Boolean> met(BenchTargets targets) {
        return targets.judge(run()).stream().collect(Collectors.toMap(
                o -> o.target().kind() + " " + o.step(), BenchTargets.Outcome::met));
    }

    @Test
    void postgresqlIsHeldToFiveMinutesAndOneAndAHalfTimesItsReads() {
        assertEquals(Map.of("IMPORT_SPEED import", true, "RATIO check --all", false, "RATIO compare", true,
                "SECONDS report", true, "SECONDS notices", false, "SECONDS disclosure", false, "CHAIN null", false,
                "PEAK_HEAP report", true), met(BenchTargets.of(false)));
    }

    @Test
    void theEmbeddedDatabaseToTenMinutesAndTwiceItsReads() {
        assertEquals(Map.of("IMPORT_SPEED import", true, "RATIO check --all", true, "RATIO compare", true,
                "CHAIN null", true, "PEAK_HEAP report", true), met(BenchTargets.of(true)));
    }

    @Test
    void valuesAreTheRunsFigures() {
        Map<String, Double> values = BenchTargets.of(false).judge(run()).stream().collect(Collectors.toMap(
                o -> o.target().kind() + " " + o.step(), BenchTargets.Outcome::value));
        assertEquals(100 / 120.0, values.get("IMPORT_SPEED import"), 1e-9);
        assertEquals(1.6, values.get("RATIO check --all"), 1e-9);
        assertEquals(400, values.get("CHAIN null"), 1e-9);
        assertEquals(1900, values.get("PEAK_HEAP report"), 1e-9);
    }
}
