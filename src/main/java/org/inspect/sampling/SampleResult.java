package org.inspect.sampling;

import java.time.Instant;
import java.util.List;

/** The outcome of a draw: the strata, the assignments, and what is needed to reproduce it. */
public record SampleResult(SamplingPlan plan, long seed, String seedText, int teamSize, List<StratumResult> strata,
        List<Assignment> assignments, String poolSha256) {

    public SampleResult {
        strata = List.copyOf(strata);
        assignments = List.copyOf(assignments);
    }

    /** The cases in the frame. */
    public long frameSize() {
        return strata.stream().mapToLong(StratumResult::frameSize).sum();
    }

    /** The cases sampled. */
    public int sampleSize() {
        return strata.stream().mapToInt(StratumResult::sampleSize).sum();
    }

    /** The manifest of this draw, to store and export. */
    public Manifest toManifest(String toolkitVersion, Instant createdAt) {
        return Manifest.of(this, toolkitVersion, createdAt);
    }
}
