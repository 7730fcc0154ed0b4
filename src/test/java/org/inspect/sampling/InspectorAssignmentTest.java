package org.inspect.sampling;

import static org.inspect.sampling.Fixtures.DAIYUE;
import static org.inspect.sampling.Fixtures.NINGYANG;
import static org.inspect.sampling.Fixtures.TAISHAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.inspect.error.BadInputException;
import org.inspect.model.Inspector;
import org.junit.jupiter.api.Test;

class InspectorAssignmentTest {

    private static final SamplingPlan PLAN = Fixtures.plan("{\"rate\": \"40%\", \"min\": 2, \"max\": 4}");

    @Test
    void neverSendsAnInspectorToTheirOwnCounty() {
        SampleResult r = assign(Fixtures.inspectorsFrom(TAISHAN, DAIYUE, NINGYANG, "370983"), 2);
        Map<String, String> countyOf = countyOf(Fixtures.inspectorsFrom(TAISHAN, DAIYUE, NINGYANG, "370983"));
        assertEquals(r.sampleSize(), r.assignments().size());
        for (Assignment a : r.assignments()) {
            assertEquals(2, a.inspectorIds().size());
            assertEquals(2, a.inspectorIds().stream().distinct().count(), a.toString());
            a.inspectorIds().forEach(id -> assertTrue(!countyOf.get(id).equals(a.countyCode()), a.toString()));
        }
    }

    @Test
    void balancesTheLoadWhenEveryInspectorIsEligible() {
        List<Inspector> outsiders = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            outsiders.add(Fixtures.inspector("X" + i, "370983"));
        }
        Map<String, Integer> load = load(assign(outsiders, 2));
        assertEquals(5, load.size());
        int max = load.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        int min = load.values().stream().mapToInt(Integer::intValue).min().orElseThrow();
        assertTrue(max - min <= 1, load.toString());
    }

    @Test
    void assignsWithAPoolThatBarelySuffices() {
        // One inspector per county: every case has exactly two eligible inspectors for a team of two.
        List<Inspector> pool = List.of(Fixtures.inspector("A", TAISHAN), Fixtures.inspector("B", DAIYUE),
                Fixtures.inspector("C", NINGYANG));
        SampleResult r = assign(pool, 2);
        for (Assignment a : r.assignments()) {
            List<String> expected = switch (a.countyCode()) {
                case TAISHAN -> List.of("B", "C");
                case DAIYUE -> List.of("A", "C");
                default -> List.of("A", "B");
            };
            assertEquals(expected, a.inspectorIds().stream().sorted().toList(), a.toString());
        }
    }

    @Test
    void refusesAPoolTooSmallNamingTheCountyAndTheNumbers() {
        List<Inspector> pool = List.of(Fixtures.inspector("A", TAISHAN), Fixtures.inspector("B", DAIYUE),
                Fixtures.inspector("C", NINGYANG), Fixtures.inspector("D", NINGYANG));
        BadInputException e = assertThrows(BadInputException.class, () -> assign(pool, 3));
        assertTrue(e.getMessage().startsWith("too few inspectors for teams of 3"), e.getMessage());
        assertTrue(e.getMessage().contains("county 370921 宁阳县 has 12 sampled cases but only 2 of the 4 active"
                + " inspectors are not from that county"), e.getMessage());
        assertTrue(!e.getMessage().contains("370902") && !e.getMessage().contains("370911"), "only the short county");
    }

    @Test
    void refusesWhenAvoidanceLeavesTooFew() {
        List<Inspector> pool = List.of(Fixtures.inspector("A", TAISHAN), Fixtures.inspector("B", TAISHAN),
                Fixtures.inspector("C", DAIYUE));
        BadInputException e = assertThrows(BadInputException.class, () -> assign(pool, 2));
        assertTrue(e.getMessage().contains("county 370902 泰山区 has 12 sampled cases but only 1 of the 3 active"
                + " inspectors are not from that county"), e.getMessage());
        assertTrue(!e.getMessage().contains("370911"), "岱岳区 has A and B from 泰山区: " + e.getMessage());
    }

    @Test
    void leavesInactiveInspectorsOut() {
        List<Inspector> pool = new ArrayList<>(Fixtures.inspectorsFrom("370983"));
        pool.add(Fixtures.inspector("A", "370983"));
        pool.add(new Inspector("RETIRED", "退休", "市民政局", "370983", false));
        assertTrue(!load(assign(pool, 2)).containsKey("RETIRED"));
    }

    @Test
    void assignmentDoesNotDependOnThePoolsOrder() {
        List<Inspector> pool = Fixtures.inspectorsFrom(TAISHAN, DAIYUE, NINGYANG, "370983");
        List<Inspector> reversed = new ArrayList<>(pool);
        java.util.Collections.reverse(reversed);
        assertEquals(assign(pool, 2).assignments(), assign(reversed, 2).assignments());
    }

    @Test
    void refusesAPoolListingAnInspectorTwice() {
        List<Inspector> pool = List.of(Fixtures.inspector("A", "370983"), Fixtures.inspector("A", "370983"),
                Fixtures.inspector("B", "370983"));
        assertThrows(BadInputException.class, () -> assign(pool, 2));
    }

    @Test
    void aPlanCapsTheCountiesOneInspectorCovers() {
        // five inspectors from a fourth county could each be sent anywhere; the plan keeps each to one county
        List<Inspector> pool = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            pool.add(Fixtures.inspector("X" + i, "370983"));
        }
        SamplingPlan capped = SamplingPlan.parse("""
                {"name": "test", "frame": {"from": "2019-03-01", "to": "2019-06-30"},
                 "strata": ["county", "program", "outcome"], "size": {"rate": "40%", "min": 2, "max": 4},
                 "maxCountiesPerInspector": 1}
                """, "test plan");
        SampleResult r = new Sampler(capped, 7L, null).draw(new Fixtures.ListFrame(Fixtures.threeCountyFrame()),
                pool, 2);
        Map<String, java.util.Set<String>> counties = new HashMap<>();
        r.assignments().forEach(a -> a.inspectorIds().forEach(id -> counties.computeIfAbsent(id,
                k -> new java.util.TreeSet<>()).add(a.countyCode())));
        counties.forEach((id, cs) -> assertEquals(1, cs.size(), id + " covers " + cs));
        assertTrue(load(assign(pool, 2)).keySet().stream().anyMatch(id -> counties(assign(pool, 2), id) > 1),
                "without the cap the same draw sends an inspector to several counties");
        assertEquals(1, org.inspect.sampling.internal.PlanJson.parse(org.inspect.sampling.internal.PlanJson
                .write(capped), "manifest").maxCountiesPerInspector(), "the manifest's plan keeps the cap");
    }

    @Test
    void refusesACapThatLeavesACountyWithoutATeam() {
        List<Inspector> pool = List.of(Fixtures.inspector("A", "370983"), Fixtures.inspector("B", "370983"),
                Fixtures.inspector("C", "370983"), Fixtures.inspector("D", "370983"));
        SamplingPlan capped = SamplingPlan.parse("""
                {"name": "test", "frame": {"from": "2019-03-01", "to": "2019-06-30"},
                 "strata": ["county", "program", "outcome"], "size": {"rate": "40%", "min": 2, "max": 4},
                 "maxCountiesPerInspector": 1}
                """, "test plan");
        BadInputException e = assertThrows(BadInputException.class, () -> new Sampler(capped, 7L, null)
                .draw(new Fixtures.ListFrame(Fixtures.threeCountyFrame()), pool, 2));
        assertEquals("sample.outOfReach", e.messageKey());
        assertTrue(e.getMessage().contains("maxCountiesPerInspector"), e.getMessage());
    }

    private static int counties(SampleResult r, String id) {
        return (int) r.assignments().stream().filter(a -> a.inspectorIds().contains(id)).map(Assignment::countyCode)
                .distinct().count();
    }

    private static SampleResult assign(List<Inspector> pool, int teamSize) {
        return new Sampler(PLAN, 7L, null).draw(new Fixtures.ListFrame(Fixtures.threeCountyFrame()), pool, teamSize);
    }

    private static Map<String, Integer> load(SampleResult r) {
        Map<String, Integer> load = new HashMap<>();
        r.assignments().forEach(a -> a.inspectorIds().forEach(id -> load.merge(id, 1, Integer::sum)));
        return load;
    }

    private static Map<String, String> countyOf(List<Inspector> pool) {
        Map<String, String> m = new HashMap<>();
        pool.forEach(i -> m.put(i.inspectorId(), i.countyCode()));
        return m;
    }
}
