package org.inspect.sampling;

import static org.inspect.sampling.Fixtures.DAIYUE;
import static org.inspect.sampling.Fixtures.NINGYANG;
import static org.inspect.sampling.Fixtures.TAISHAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.inspect.model.Decision;
import org.inspect.model.Inspector;
import org.junit.jupiter.api.Test;

class SampleVerifierTest {

    private static final List<Inspector> POOL = Fixtures.inspectorsFrom(TAISHAN, DAIYUE, NINGYANG, "370983");
    private static final String LOTTERY = "体彩排列5 第19078期 3 0 8 1 6";

    @Test
    void manifestSurvivesAJsonRoundTrip() {
        Manifest m = manifest(Fixtures.threeCountyFrame());
        String json = m.toJson();
        assertEquals(m, Manifest.fromJson(json));
        assertTrue(json.contains("\"seed\" : \"" + Seeds.fromText(LOTTERY) + "\""), "seed as a JSON string");
        assertEquals(m.samplingPlan().toJson(), Fixtures.plan("{\"rate\": \"40%\", \"min\": 2, \"max\": 4}").toJson());
    }

    @Test
    void verifiesAnUntouchedRun() {
        Manifest stored = Manifest.fromJson(manifest(Fixtures.threeCountyFrame()).toJson());
        assertEquals(List.of(), SampleVerifier.verify(stored, new Fixtures.ListFrame(Fixtures.threeCountyFrame()), POOL));
    }

    @Test
    void namesTheStratumWhoseRollChangedWithinIt() {
        Manifest stored = manifest(Fixtures.threeCountyFrame());
        // A rejection rewritten as a termination stays in the REFUSED stratum: only its hash betrays it.
        List<FrameCase> edited = edit(Fixtures.threeCountyFrame(), "C-370911-009", Decision.TERMINATED);
        List<StratumMismatch> mismatches = SampleVerifier.verify(stored, new Fixtures.ListFrame(edited), POOL);
        assertEquals(List.of("county=370911;program=DIBAO;outcome=REFUSED"),
                mismatches.stream().map(StratumMismatch::stratumKey).toList());
        assertTrue(mismatches.get(0).differences().get(0).startsWith("frame SHA-256"), mismatches.toString());
    }

    @Test
    void namesBothStrataWhenAnEditedDecisionMovesACase() {
        Manifest stored = manifest(Fixtures.threeCountyFrame());
        List<FrameCase> edited = edit(Fixtures.threeCountyFrame(), "C-370902-002", Decision.REJECTED);
        List<StratumMismatch> mismatches = SampleVerifier.verify(stored, new Fixtures.ListFrame(edited), POOL);
        List<String> keys = mismatches.stream().map(StratumMismatch::stratumKey).toList();
        assertTrue(keys.containsAll(List.of("county=370902;program=DIBAO;outcome=APPROVED",
                "county=370902;program=DIBAO;outcome=REFUSED")), keys.toString());
        StratumMismatch approved = mismatches.get(keys.indexOf("county=370902;program=DIBAO;outcome=APPROVED"));
        assertTrue(approved.differences().contains("frame size 6 in the manifest, 5 now"), approved.toString());
        assertTrue(keys.stream().allMatch(k -> k.startsWith("county=370902") || k.equals(StratumMismatch.INSPECTORS)),
                "no other county's stratum: " + keys);
    }

    @Test
    void namesAStratumNewToTheFrame() {
        Manifest stored = manifest(Fixtures.threeCountyFrame());
        List<StratumMismatch> mismatches = SampleVerifier.verify(stored,
                new Fixtures.ListFrame(Fixtures.fourCountyFrame()), POOL);
        assertTrue(mismatches.stream().anyMatch(m -> m.stratumKey().startsWith("county=370923")
                && m.differences().get(0).startsWith("stratum not in the manifest")), mismatches.toString());
    }

    @Test
    void namesAChangedInspectorPool() {
        Manifest stored = manifest(Fixtures.threeCountyFrame());
        List<Inspector> other = new ArrayList<>(POOL);
        other.remove(0);
        List<StratumMismatch> mismatches = SampleVerifier.verify(stored,
                new Fixtures.ListFrame(Fixtures.threeCountyFrame()), other);
        assertEquals(List.of(StratumMismatch.INSPECTORS), mismatches.stream().map(StratumMismatch::stratumKey).toList());
        assertTrue(mismatches.get(0).differences().get(0).startsWith("inspector pool SHA-256"), mismatches.toString());
    }

    @Test
    void namesATamperedSeed() {
        Manifest m = manifest(Fixtures.threeCountyFrame());
        Manifest tampered = new Manifest(m.planName(), m.plan(), m.seed() + 1, m.seedText(), m.teamSize(), m.strata(),
                m.assignments(), m.poolSha256(), m.toolkitVersion(), m.createdAt());
        assertEquals(StratumMismatch.SEED, SampleVerifier.verify(tampered,
                new Fixtures.ListFrame(Fixtures.threeCountyFrame()), POOL).get(0).stratumKey());
    }

    private static Manifest manifest(List<FrameCase> frame) {
        return Sampler.withSeedText(Fixtures.plan("{\"rate\": \"40%\", \"min\": 2, \"max\": 4}"), LOTTERY)
                .draw(new Fixtures.ListFrame(frame), POOL, 2)
                .toManifest("0.1.0", Instant.parse("2019-07-01T08:00:00Z"));
    }

    private static List<FrameCase> edit(List<FrameCase> frame, String caseId, Decision decision) {
        return frame.stream().map(c -> c.caseId().equals(caseId) ? Fixtures.withDecision(c, decision) : c).toList();
    }
}
