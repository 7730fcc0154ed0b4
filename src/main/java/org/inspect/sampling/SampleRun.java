package org.inspect.sampling;

import java.time.LocalDateTime;

/**
 * A stored sample run: the snapshot it was drawn from, the plan and seed it was asked for, its status
 * ({@code RUNNING}, {@code COMPLETED}, {@code FAILED} with the reason) and, once drawn, the sizes.
 */
public record SampleRun(long id, long snapshotId, String snapshotLabel, String planName, String planJson, long seed,
        String seedText, int teamSize, String status, String error, Long frameSize, Integer sampleSize,
        LocalDateTime createdAt, LocalDateTime completedAt) {

    public static final String RUNNING = "RUNNING";
    public static final String COMPLETED = "COMPLETED";
    public static final String FAILED = "FAILED";

    public boolean completed() {
        return COMPLETED.equals(status);
    }

    /** The plan the run was asked to follow. */
    public SamplingPlan plan() {
        return SamplingPlan.parse(planJson, "plan of sample run " + id);
    }
}
