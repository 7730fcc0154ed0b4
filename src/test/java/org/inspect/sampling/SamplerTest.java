package org.inspect.sampling;

import static org.inspect.sampling.Fixtures.DAIYUE;
import static org.inspect.sampling.Fixtures.DONGPING;
import static org.inspect.sampling.Fixtures.NINGYANG;
import static org.inspect.sampling.Fixtures.TAISHAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.inspect.error.BadInputException;
import org.inspect.model.Decision;
import org.inspect.model.Inspector;
import org.junit.jupiter.api.Test;

class SamplerTest {

    private static final String FORTY_PERCENT = "{\"rate\": \"40%\", \"min\": 2, \"max\": 4}";
    private static final long SEED = 20190301L;
    private static final List<Inspector> POOL = Fixtures.inspectorsFrom(TAISHAN, DAIYUE, NINGYANG, "370983");

    /** The draw for seed 20190301: any change to the algorithm, the keys or the generators fails here. */
    @Test
    void drawsTheDocumentedSampleForAFixedSeed() {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("county=370902;program=DIBAO;outcome=APPROVED", List.of("C-370902-001", "C-370902-002", "C-370902-005"));
        expected.put("county=370902;program=DIBAO;outcome=REFUSED", List.of("C-370902-008", "C-370902-009", "C-370902-011"));
        expected.put("county=370902;program=TEKUN;outcome=APPROVED", List.of("C-370902-016", "C-370902-017"));
        expected.put("county=370902;program=TEKUN;outcome=REFUSED",
                List.of("C-370902-019", "C-370902-022", "C-370902-024", "C-370902-025"));
        expected.put("county=370911;program=DIBAO;outcome=APPROVED", List.of("C-370911-001", "C-370911-002", "C-370911-006"));
        expected.put("county=370911;program=DIBAO;outcome=REFUSED", List.of("C-370911-009", "C-370911-010", "C-370911-012"));
        expected.put("county=370911;program=TEKUN;outcome=APPROVED", List.of("C-370911-014", "C-370911-015"));
        expected.put("county=370911;program=TEKUN;outcome=REFUSED",
                List.of("C-370911-020", "C-370911-021", "C-370911-025", "C-370911-026"));
        expected.put("county=370921;program=DIBAO;outcome=APPROVED", List.of("C-370921-001", "C-370921-002"));
        expected.put("county=370921;program=DIBAO;outcome=REFUSED",
                List.of("C-370921-004", "C-370921-006", "C-370921-008", "C-370921-009"));
        expected.put("county=370921;program=TEKUN;outcome=APPROVED", List.of("C-370921-011", "C-370921-013", "C-370921-014"));
        expected.put("county=370921;program=TEKUN;outcome=REFUSED", List.of("C-370921-017", "C-370921-021", "C-370921-022"));

        assertEquals(expected, idsByStratum(draw(Fixtures.threeCountyFrame(), SEED)));
    }

    @Test
    void readmeAlgorithmReproducesTheDraw() {
        SampleResult result = draw(Fixtures.threeCountyFrame(), SEED);
        for (StratumResult s : result.strata()) {
            List<String> frame = Fixtures.threeCountyFrame().stream()
                    .filter(c -> c.decision() != Decision.PENDING && c.decisionDate().getYear() == 2019
                            && c.decisionDate().getMonthValue() >= 3)
                    .filter(c -> SamplingPlan.key(Map.of(Dimension.COUNTY, c.countyCode(), Dimension.PROGRAM,
                            c.program().name(), Dimension.OUTCOME, Outcome.of(c.decision()).name())).equals(s.key()))
                    .map(FrameCase::caseId).toList();
            assertEquals(s.caseIds(), ReferenceDraw.select(SEED, s.key(), frame, s.sampleSize()), s.key());
        }
    }

    @Test
    void addingAStratumLeavesTheOthersUnchanged() {
        Map<String, List<String>> three = idsByStratum(draw(Fixtures.threeCountyFrame(), SEED));
        Map<String, List<String>> four = idsByStratum(draw(Fixtures.fourCountyFrame(), SEED));
        assertTrue(four.keySet().stream().anyMatch(k -> k.contains(DONGPING)));
        three.forEach((key, ids) -> assertEquals(ids, four.get(key), key));
    }

    @Test
    void theSameSeedDrawsTheSameSampleAndAnotherSeedAnother() {
        SampleResult once = draw(Fixtures.threeCountyFrame(), SEED);
        assertEquals(once, draw(Fixtures.threeCountyFrame(), SEED));
        assertNotEquals(idsByStratum(once), idsByStratum(draw(Fixtures.threeCountyFrame(), SEED + 1)));
    }

    @Test
    void seedTextIsHashedToTheSeed() {
        SampleResult byText = Sampler.withSeedText(Fixtures.plan(FORTY_PERCENT), "福彩3D 2019078: 4 7 1")
                .draw(new Fixtures.ListFrame(Fixtures.threeCountyFrame()), POOL, 2);
        assertEquals(Seeds.fromText("福彩3D 2019078: 4 7 1"), byText.seed());
        assertEquals(byText.strata(), draw(Fixtures.threeCountyFrame(), byText.seed()).strata());
    }

    @Test
    void refusesASeedThatIsNotTheSeedOfItsText() {
        assertThrows(BadInputException.class, () -> new Sampler(Fixtures.plan(FORTY_PERCENT), 1L, "lottery"));
    }

    @Test
    void streamsTheFrameTwiceAndKeepsOnlyThePlansCases() {
        Fixtures.ListFrame frame = new Fixtures.ListFrame(Fixtures.threeCountyFrame());
        SampleResult r = new Sampler(Fixtures.plan(FORTY_PERCENT), SEED, null).draw(frame, POOL, 2);
        assertEquals(2, frame.passes.get());
        assertEquals(Fixtures.threeCountyFrame().size() - 2, r.frameSize(), "pending and pre-campaign cases left out");
    }

    @Test
    void takesTheWholeStratumWhenItIsSmallerThanTheMinimum() {
        SampleResult r = new Sampler(Fixtures.plan("{\"rate\": \"10%\", \"min\": 7}"), SEED, null)
                .draw(new Fixtures.ListFrame(Fixtures.threeCountyFrame()), POOL, 2);
        StratumResult small = stratum(r, "county=370921;program=DIBAO;outcome=APPROVED");
        assertEquals(StratumResult.Status.WHOLE_STRATUM, small.status());
        assertEquals(7, small.requestedSize());
        assertEquals(List.of("C-370921-001", "C-370921-002"), small.caseIds());
        assertEquals(StratumResult.Status.SAMPLED, stratum(r, "county=370902;program=TEKUN;outcome=REFUSED").status());
    }

    @Test
    void reportsAnEmptyStratumOfAListedCounty() {
        SamplingPlan plan = Fixtures.plan(FORTY_PERCENT, ", \"counties\": [\"370902\", \"370923\"]");
        SampleResult r = new Sampler(plan, SEED, null).draw(new Fixtures.ListFrame(Fixtures.threeCountyFrame()), POOL, 2);
        StratumResult empty = stratum(r, "county=370923;program=TEKUN;outcome=REFUSED");
        assertEquals(StratumResult.Status.EMPTY, empty.status());
        assertEquals(0, empty.frameSize());
        assertEquals(8, r.strata().size(), "2 counties × 2 programs × 2 outcomes");
        assertTrue(r.strata().stream().noneMatch(s -> s.key().contains(DAIYUE)), "unlisted county left out");
    }

    @Test
    void takesPendingCasesOnlyWhenThePlanListsThem() {
        SamplingPlan plan = SamplingPlan.parse("""
                {"name": "pending", "frame": {"from": "2019-03-01", "to": "2019-06-30", "decisions": ["PENDING"]},
                 "strata": [], "size": {"count": 5}}
                """, "pending.json");
        SampleResult r = new Sampler(plan, SEED, null).draw(new Fixtures.ListFrame(Fixtures.threeCountyFrame()), POOL, 2);
        assertEquals(List.of("all"), r.strata().stream().map(StratumResult::key).toList());
        assertEquals(List.of("P-370902-001"), r.strata().get(0).caseIds());
    }

    @Test
    void refusesADecidedCaseWithoutADecisionDate() {
        List<FrameCase> frame = new ArrayList<>(Fixtures.threeCountyFrame());
        FrameCase c = frame.get(0);
        frame.set(0, new FrameCase(c.caseId(), c.householdId(), c.countyCode(), c.township(), c.program(),
                c.decision(), null));
        BadInputException e = assertThrows(BadInputException.class, () -> draw(frame, SEED));
        assertTrue(e.getMessage().startsWith("case " + c.caseId() + " has decision " + c.decision()
                + " but no decision date"), e.getMessage());
    }

    @Test
    void refusesAPlanWhoseFrameHoldsNoCase() {
        SamplingPlan plan = SamplingPlan.parse("""
                {"name": "last-year", "frame": {"from": "2018-01-01", "to": "2018-12-31"}, "size": {"count": 5}}
                """, "last-year.json");
        BadInputException e = assertThrows(BadInputException.class, () -> new Sampler(plan, SEED, null)
                .draw(new Fixtures.ListFrame(Fixtures.threeCountyFrame()), POOL, 2));
        assertTrue(e.getMessage().startsWith("plan last-year cannot be honoured: no case in the frame"), e.getMessage());
    }

    @Test
    void refusesAFrameOutOfCanonicalOrder() {
        List<FrameCase> shuffled = new ArrayList<>(Fixtures.threeCountyFrame());
        FrameCase first = shuffled.remove(0);
        shuffled.add(first);
        BadInputException e = assertThrows(BadInputException.class, () -> draw(shuffled, SEED));
        assertTrue(e.getMessage().contains("not in canonical order: case " + first.caseId()), e.getMessage());
    }

    @Test
    void refusesAFrameThatChangesBetweenThePasses() {
        List<FrameCase> cases = Fixtures.threeCountyFrame();
        FrameSource changing = new FrameSource() {
            int pass;

            @Override
            public void forEach(java.util.function.Consumer<FrameCase> consumer) {
                List<FrameCase> now = pass++ == 0 ? cases : cases.subList(1, cases.size());
                now.forEach(consumer);
            }
        };
        BadInputException e = assertThrows(BadInputException.class,
                () -> new Sampler(Fixtures.plan(FORTY_PERCENT), SEED, null).draw(changing, POOL, 2));
        assertTrue(e.getMessage().contains("changed between the two passes"), e.getMessage());
    }

    @Test
    void frameHashIsSha256OfTheDocumentedLines() throws Exception {
        StratumResult s = stratum(draw(Fixtures.threeCountyFrame(), SEED), "county=370921;program=DIBAO;outcome=APPROVED");
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (FrameCase c : Fixtures.threeCountyFrame()) {
            if (c.countyCode().equals(NINGYANG) && c.program().name().equals("DIBAO") && c.decision() == Decision.APPROVED) {
                String line = String.join("\t", c.caseId(), c.householdId(), c.countyCode(), c.township(),
                        c.program().name(), c.decision().name(), c.decisionDate().toString()) + "\n";
                sha.update(line.getBytes(StandardCharsets.UTF_8));
            }
        }
        assertEquals(java.util.HexFormat.of().formatHex(sha.digest()), s.frameSha256());
    }

    static SampleResult draw(List<FrameCase> frame, long seed) {
        return new Sampler(Fixtures.plan(FORTY_PERCENT), seed, null).draw(new Fixtures.ListFrame(frame), POOL, 2);
    }

    static Map<String, List<String>> idsByStratum(SampleResult r) {
        return r.strata().stream().collect(Collectors.toMap(StratumResult::key, StratumResult::caseIds,
                (a, b) -> a, LinkedHashMap::new));
    }

    static StratumResult stratum(SampleResult r, String key) {
        return r.strata().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow(() -> new AssertionError(
                "no stratum " + key + " in " + r.strata().stream().map(StratumResult::key).toList()));
    }

    /** The draw as config/plans/README.md writes it, with SplitMix64 spelled out instead of SplittableRandom. */
    static final class ReferenceDraw {

        static List<String> select(long seed, String key, List<String> frame, int n) throws RuntimeException {
            long state = stratumSeed(seed, key);
            List<String> out = new ArrayList<>();
            int bigN = frame.size();
            for (int t = 0; t < bigN && out.size() < n; t++) {
                long bound = bigN - t;
                long limit = Long.MIN_VALUE - Long.remainderUnsigned(Long.MIN_VALUE, bound);
                long r;
                do {
                    state += 0x9e3779b97f4a7c15L;
                    r = mix64(state) >>> 1;
                } while (Long.compareUnsigned(r, limit) >= 0);
                if (r % bound < n - out.size()) {
                    out.add(frame.get(t));
                }
            }
            return out;
        }

        static long stratumSeed(long seed, String key) {
            try {
                byte[] k = key.getBytes(StandardCharsets.UTF_8);
                byte[] h = MessageDigest.getInstance("SHA-256")
                        .digest(ByteBuffer.allocate(8 + k.length).putLong(seed).put(k).array());
                return ByteBuffer.wrap(h, 0, 8).getLong();
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        static long mix64(long z) {
            z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
            z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
            return z ^ (z >>> 31);
        }
    }
}
