package org.inspect.sampling.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.inspect.sampling.FrameCase;
import org.inspect.sampling.Seeds;

/**
 * Knuth's selection sampling (TAOCP vol. 2, 3.4.2, Algorithm S) over one stratum seen in canonical order:
 * with t cases seen and m selected, while m &lt; n draw u = uniform(N − t) and select the case if
 * u &lt; n − m. Every subset of size n is equally likely, and only the selected cases are kept.
 */
public final class SelectionSampling {

    private final int frameSize;
    private final int sampleSize;
    private final SplittableRandom rng;
    private final List<FrameCase> selected = new ArrayList<>();
    private int seen;

    public SelectionSampling(int frameSize, int sampleSize, SplittableRandom rng) {
        if (sampleSize > frameSize) {
            throw new IllegalArgumentException("sample " + sampleSize + " > frame " + frameSize);
        }
        this.frameSize = frameSize;
        this.sampleSize = sampleSize;
        this.rng = rng;
    }

    /** Offers the next case of the stratum. */
    public void offer(FrameCase c) {
        if (seen >= frameSize) {
            throw new IllegalStateException("stratum grew between the passes: more than " + frameSize + " cases");
        }
        int m = selected.size();
        if (m < sampleSize && Seeds.uniform(rng, frameSize - seen) < sampleSize - m) {
            selected.add(c);
        }
        seen++;
    }

    /** The cases seen so far. */
    public int seen() {
        return seen;
    }

    /** The selected cases in canonical order. */
    public List<FrameCase> selected() {
        return selected;
    }
}
