package org.inspect.sampling;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.inspect.model.Inspector;

/**
 * Re-derives a draw from the frame, the seed and the plan stored in a manifest and names every stratum that
 * differs (spec {@code inspect verify-sample}); the manifest is verified when the list is empty.
 */
final class SampleVerifier {

    private static final int SHOWN_IDS = 10;

    private SampleVerifier() {
    }

    /** The strata (and pseudo-strata for the seed and inspectors) that differ, in key order. */
    public static List<StratumMismatch> verify(Manifest manifest, FrameSource frame, List<Inspector> pool) {
        List<StratumMismatch> out = new ArrayList<>();
        if (manifest.seedText() != null && Seeds.fromText(manifest.seedText()) != manifest.seed()) {
            out.add(new StratumMismatch(StratumMismatch.SEED, List.of("seed " + manifest.seed()
                    + " is not the seed of the text '" + manifest.seedText() + "' (" + Seeds.fromText(manifest.seedText())
                    + ")")));
            return out;
        }
        SampleResult now = new Sampler(manifest.samplingPlan(), manifest.seed(), manifest.seedText())
                .draw(frame, pool, manifest.teamSize());
        out.addAll(compareStrata(manifest.strata(), now.strata()));
        List<String> inspectors = compareAssignments(manifest, now);
        if (!inspectors.isEmpty()) {
            out.add(new StratumMismatch(StratumMismatch.INSPECTORS, inspectors));
        }
        return out;
    }

    private static List<StratumMismatch> compareStrata(List<StratumResult> stored, List<StratumResult> now) {
        Map<String, StratumResult> before = byKey(stored);
        Map<String, StratumResult> after = byKey(now);
        Set<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<StratumMismatch> out = new ArrayList<>();
        for (String key : keys) {
            List<String> d = differences(before.get(key), after.get(key));
            if (!d.isEmpty()) {
                out.add(new StratumMismatch(key, d));
            }
        }
        return out;
    }

    private static List<String> differences(StratumResult was, StratumResult is) {
        if (was == null) {
            return List.of("stratum not in the manifest; now " + is.frameSize() + " cases in the frame");
        }
        if (is == null) {
            return List.of("stratum of " + was.frameSize() + " cases in the manifest is no longer in the frame");
        }
        List<String> d = new ArrayList<>();
        if (was.frameSize() != is.frameSize()) {
            d.add("frame size " + was.frameSize() + " in the manifest, " + is.frameSize() + " now");
        }
        if (!was.frameSha256().equals(is.frameSha256())) {
            d.add("frame SHA-256 " + was.frameSha256() + " in the manifest, " + is.frameSha256() + " now");
        }
        if (was.sampleSize() != is.sampleSize()) {
            d.add("sample size " + was.sampleSize() + " in the manifest, " + is.sampleSize() + " now");
        }
        if (!was.caseIds().equals(is.caseIds())) {
            d.add("sampled cases differ: only in the manifest " + shown(minus(was.caseIds(), is.caseIds()))
                    + ", only now " + shown(minus(is.caseIds(), was.caseIds())));
        }
        return d;
    }

    private static List<String> compareAssignments(Manifest manifest, SampleResult now) {
        List<String> d = new ArrayList<>();
        if (!manifest.poolSha256().equals(now.poolSha256())) {
            d.add("inspector pool SHA-256 " + manifest.poolSha256() + " in the manifest, " + now.poolSha256()
                    + " now");
        }
        Map<String, Assignment> before = manifest.assignments().stream()
                .collect(Collectors.toMap(Assignment::caseId, Function.identity()));
        List<String> changed = new ArrayList<>();
        for (Assignment a : now.assignments()) {
            Assignment b = before.get(a.caseId());
            if (b != null && !b.inspectorIds().equals(a.inspectorIds())) {
                changed.add(a.caseId() + " " + b.inspectorIds() + " → " + a.inspectorIds());
            }
        }
        if (!changed.isEmpty()) {
            d.add(changed.size() + " sampled cases have other inspectors: " + shown(changed));
        }
        return d;
    }

    private static Map<String, StratumResult> byKey(List<StratumResult> strata) {
        return strata.stream().collect(Collectors.toMap(StratumResult::key, Function.identity()));
    }

    private static List<String> minus(List<String> a, List<String> b) {
        Set<String> drop = Set.copyOf(b);
        return a.stream().filter(x -> !drop.contains(x)).toList();
    }

    private static String shown(List<String> items) {
        if (items.size() <= SHOWN_IDS) {
            return items.toString();
        }
        return items.subList(0, SHOWN_IDS) + " and " + (items.size() - SHOWN_IDS) + " more";
    }
}
