package org.inspect.sampling;

import java.util.List;

/**
 * The draw in one stratum: its frame size and SHA-256, the size its rule asked for, the size drawn (never
 * more than the stratum) and the sampled case ids in canonical order.
 */
public record StratumResult(String key, int frameSize, int requestedSize, int sampleSize, Status status,
        String frameSha256, List<String> caseIds) {

    public StratumResult {
        caseIds = List.copyOf(caseIds);
    }

    /** What happened in the stratum, so a report can say so. */
    public enum Status {
        /** A sample of the requested size was drawn. */
        SAMPLED,
        /** The stratum held no more cases than requested (e.g. below the minimum): all were taken. */
        WHOLE_STRATUM,
        /** The stratum held no case. */
        EMPTY
    }
}
