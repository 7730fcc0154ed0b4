package org.inspect.sampling;

import java.util.function.Consumer;

/**
 * The frame, streamed in canonical order ({@code case_id}, string order). The sampler calls it twice (count
 * and hash, then select) and never holds the whole frame; both passes must yield the same rows.
 */
// public for the sample job (sampling/job): it hands HouseholdFrame.of's frame to Sampler.draw without naming it
@FunctionalInterface
public interface FrameSource {

    /** Hands every case to {@code consumer}, in canonical order. */
    void forEach(Consumer<FrameCase> consumer);
}
