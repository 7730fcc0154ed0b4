package org.inspect.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.inspect.error.BadInputException;
import org.inspect.model.Decision;
import org.inspect.model.Program;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class SamplingPlanTest {

    @Test
    void loadsTheDefaultPlanWithTheLookBackFrame() {
        // issue 12: the default plan samples what a look-back looks back at (it sampled decisions made during the
        // campaign, 2019-03-01 to 2019-06-30, before)
        SamplingPlan plan = SamplingPlan.load(Path.of("config/plans/default.json"));
        assertEquals("default", plan.name());
        assertEquals(0, new BigDecimal("0.95").compareTo(plan.confidence()));
        assertTrue(plan.frame().isLookBack());
        assertEquals(java.time.Period.ofYears(1), plan.frame().lookBack());
        assertEquals(LocalDate.of(2018, 3, 1), plan.frame().from());
        assertEquals(LocalDate.of(2019, 3, 1), plan.frame().to());
        assertEquals(Set.of(Decision.APPROVED, Decision.REJECTED, Decision.TERMINATED), plan.frame().decisions());
        assertEquals(Set.of(Program.DIBAO, Program.TEKUN), plan.frame().programs());
        assertEquals(List.of(Dimension.COUNTY, Dimension.PROGRAM, Dimension.OUTCOME), plan.strata());
        assertEquals(29, plan.size().requested(1_000_000), "95 % / 10 % / 0 on a large stratum");
    }

    private static FrameCase decided(Decision d, String date) {
        return new FrameCase("C1", "H1", "370902", "城关镇", Program.DIBAO, d, date == null ? null : LocalDate.parse(date));
    }

    @Test
    void aLookBackFrameHoldsTheCasesInForceAndTheRefusalsOfTheYearBefore() {
        SamplingPlan plan = SamplingPlan.parse("""
                {"name": "lb", "frame": {"kind": "look-back", "reference": "2019-03-01"},
                 "size": {"count": 1}}""", "lb.json");
        SamplingPlan.Frame f = plan.frame();
        assertEquals(java.time.Period.ofYears(1), f.lookBack(), "a year when the plan gives no window");
        assertTrue(f.includes(decided(Decision.APPROVED, "2009-05-04")), "in force, whatever its decision date");
        assertTrue(f.includes(decided(Decision.APPROVED, null)), "in force, even without a decision date");
        assertTrue(f.includes(decided(Decision.REJECTED, "2018-03-01")), "first day of the window");
        assertTrue(f.includes(decided(Decision.TERMINATED, "2019-03-01")), "the reference date itself");
        assertFalse(f.includes(decided(Decision.REJECTED, "2018-02-28")), "before the window");
        assertFalse(f.includes(decided(Decision.TERMINATED, "2019-03-02")), "after the reference date");
        assertFalse(f.includes(decided(Decision.PENDING, null)));
        SamplingPlan again = SamplingPlan.parse(plan.toJson(), "manifest");
        assertEquals(plan.frame(), again.frame(), plan.toJson());
        assertTrue(plan.toJson().contains("\"kind\" : \"look-back\"") || plan.toJson().contains("\"kind\":\"look-back\""),
                plan.toJson());
        SamplingPlan six = SamplingPlan.parse("""
                {"name": "lb", "frame": {"kind": "look-back", "reference": "2019-03-01", "lookBack": "P6M"},
                 "size": {"count": 1}}""", "lb.json");
        assertFalse(six.frame().includes(decided(Decision.REJECTED, "2018-08-31")));
        assertTrue(six.frame().includes(decided(Decision.REJECTED, "2018-09-01")));
        BadInputException bad = assertThrows(BadInputException.class, () -> SamplingPlan.parse("""
                {"name": "lb", "frame": {"kind": "look-back", "reference": "2019-03-01", "lookBack": "a year"},
                 "size": {"count": 1}}""", "lb.json"));
        assertTrue(bad.getMessage().contains("lb.json: frame.lookBack 'a year' is not a period"), bad.getMessage());
    }

    @Test
    void loadsTheCountyPlanThatChecksAtLeastThirtyPercent() {
        SamplingPlan plan = SamplingPlan.load(Path.of("config/plans/county-verification-30.json"));
        assertEquals(List.of(Dimension.COUNTY, Dimension.TOWNSHIP, Dimension.PROGRAM), plan.strata());
        assertEquals(Set.of(Decision.APPROVED, Decision.REJECTED), plan.frame().decisions());
        assertEquals(3, plan.size().requested(10));
        assertEquals(4, plan.size().requested(11), "30 % of 11 is 3.3, rounded up");
        assertEquals(1, plan.size().requested(1));
    }

    @Test
    void aPlanReadsBackFromItsOwnJson() {
        SamplingPlan plan = SamplingPlan.parse("""
                {"name": "x", "confidence": 0.9,
                 "frame": {"from": "2019-03-01", "to": "2019-06-30", "decisions": ["批准", "PENDING"],
                           "programs": ["低保"], "counties": ["370902"]},
                 "strata": ["outcome", "county"],
                 "size": {"rate": "10%", "min": 5, "max": 200},
                 "overrides": [{"match": {"outcome": "refused"}, "size": {"confidence": "95%", "tolerable": "5%",
                                "expected": "1%"}},
                               {"match": {"county": "370902", "outcome": "APPROVED"}, "size": {"count": 12}}]}
                """, "x.json");
        assertEquals(plan, SamplingPlan.parse(plan.toJson(), "round trip"));
        assertEquals(List.of(Dimension.COUNTY, Dimension.OUTCOME), plan.strata(), "dimension order is fixed");
    }

    static Stream<Arguments> overrides() {
        return Stream.of(
                Arguments.of(Map.of(Dimension.COUNTY, "370911", Dimension.OUTCOME, "REFUSED"), 93),
                Arguments.of(Map.of(Dimension.COUNTY, "370902", Dimension.OUTCOME, "APPROVED"), 12),
                Arguments.of(Map.of(Dimension.COUNTY, "370911", Dimension.OUTCOME, "APPROVED"), 200));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("overrides")
    void theFirstMatchingOverrideSetsTheSize(Map<Dimension, String> stratum, int size) {
        SamplingPlan plan = SamplingPlan.parse("""
                {"name": "x", "frame": {"from": "2019-03-01", "to": "2019-06-30"}, "strata": ["county", "outcome"],
                 "size": {"rate": "10%", "min": 5, "max": 200},
                 "overrides": [{"match": {"outcome": "REFUSED"}, "size": {"confidence": "95%", "tolerable": "5%",
                                "expected": "1%"}},
                               {"match": {"county": "370902"}, "size": {"count": 12}}]}
                """, "x.json");
        assertEquals(size, plan.ruleFor(stratum).requested(1_000_000));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "rate with min and max | {\"rate\": \"10%\", \"min\": 5, \"max\": 20} | 41 | 5",
            "rate rounds up exactly | {\"rate\": 0.07, \"min\": 0} | 100 | 7",
            "rate capped at max | {\"rate\": \"10%\", \"min\": 5, \"max\": 20} | 1000 | 20",
            "minimum above the rate | {\"rate\": \"10%\", \"min\": 5} | 12 | 5",
            "fixed count | {\"count\": 30} | 1000 | 30"})
    void sizeRulesGiveTheRequestedSize(String name, String rule, int frameSize, int expected) {
        assertEquals(expected, Fixtures.plan(rule).size().requested(frameSize));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "{\"name\": \"x\", \"size\": {\"count\": 1}} | x.json: frame is missing",
            "{\"name\": \"x\", \"frame\": {\"from\": \"2019-03-01\", \"to\": \"2019-06-30\"}} | x.json: size is missing",
            "{\"name\": \"x\", \"frame\": {\"from\": \"2019-07-01\", \"to\": \"2019-06-30\"}, \"size\": {\"count\": 1}} | x.json: frame period from 2019-07-01 is after to 2019-06-30",
            "{\"name\": \"x\", \"frame\": {\"from\": \"2019-3-1\", \"to\": \"2019-06-30\"}, \"size\": {\"count\": 1}} | x.json: frame.from '2019-3-1' is not a date",
            "{\"name\": \"x\", \"frame\": {\"from\": \"2019-03-01\", \"to\": \"2019-06-30\", \"decisions\": [\"OK\"]}, \"size\": {\"count\": 1}} | x.json: frame.decisions 'OK' is not one of APPROVED/批准",
            "{\"name\": \"x\", \"frame\": {\"from\": \"2019-03-01\", \"to\": \"2019-06-30\"}, \"strata\": [\"village\"], \"size\": {\"count\": 1}} | x.json: strata 'village' is not a dimension",
            "{\"name\": \"x\", \"frame\": {\"from\": \"2019-03-01\", \"to\": \"2019-06-30\"}, \"size\": {\"rate\": \"130%\"}} | x.json: size.rate '130%' is out of range",
            "{\"name\": \"x\", \"frame\": {\"from\": \"2019-03-01\", \"to\": \"2019-06-30\"}, \"size\": {\"rate\": \"10%\", \"min\": 9, \"max\": 3}} | x.json: size min 9 is above max 3",
            "{\"name\": \"x\", \"frame\": {\"from\": \"2019-03-01\", \"to\": \"2019-06-30\"}, \"size\": {\"confidence\": \"95%\", \"tolerable\": \"5%\", \"expected\": \"6%\"}} | x.json: size expected rate 6% must be below the tolerable rate 5%",
            "{\"name\": \"x\", \"frame\": {\"from\": \"2019-03-01\", \"to\": \"2019-06-30\"}, \"strata\": [\"county\"], \"size\": {\"count\": 1}, \"overrides\": [{\"match\": {\"program\": \"DIBAO\"}, \"size\": {\"count\": 2}}]} | x.json: overrides[0].match dimension program is not among the plan's strata",
            "{\"name\": \"x\", \"frame\": {\"from\": \"2019-03-01\", \"to\": \"2019-06-30\"}, \"size\": {\"count\": -1}} | x.json: size.count '-1' must be a whole number",
            "{\"name\": \"x\", \"frame\": {\"from\": \"2019-03-01\", \"to\": \"2019-06-30\"}, \"sise\": {\"count\": 1}} | x.json: sise is not a field here",
            "{\"name\": \"x\", | x.json: not valid JSON"})
    void refusesABadPlanNamingTheFileAndTheField(String json, String message) {
        BadInputException e = assertThrows(BadInputException.class, () -> SamplingPlan.parse(json, "x.json"));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }

    @Test
    void refusesAMissingPlanFileNamingIt(@TempDir Path dir) {
        Path missing = dir.resolve("nope.json");
        BadInputException e = assertThrows(BadInputException.class, () -> SamplingPlan.load(missing));
        assertTrue(e.getMessage().startsWith("cannot read sampling plan " + missing), e.getMessage());
    }

    @Test
    void loadsAPlanFromAnyPath(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("p.json");
        Files.writeString(file, Fixtures.plan("{\"count\": 3}").toJson());
        assertEquals(Fixtures.plan("{\"count\": 3}"), SamplingPlan.load(file));
    }
}
