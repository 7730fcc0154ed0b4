package org.inspect.sampling;

import java.util.List;

/**
 * A stratum whose re-derived draw differs from the manifest, with what differs. The key {@link #INSPECTORS}
 * stands for the inspector assignments, {@link #SEED} for a seed text that no longer gives the seed.
 */
public record StratumMismatch(String stratumKey, List<String> differences) {

    /** Pseudo-stratum key of differences in the inspector assignments. */
    public static final String INSPECTORS = "(inspectors)";

    /** Pseudo-stratum key of a seed that does not match its text. */
    public static final String SEED = "(seed)";

    public StratumMismatch {
        differences = List.copyOf(differences);
    }
}
