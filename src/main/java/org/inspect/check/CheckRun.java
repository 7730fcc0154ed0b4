package org.inspect.check;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A check run: one pass of the rules over a snapshot (all households, or the cases of a sample run). */
public record CheckRun(long id, long snapshotId, String snapshotLabel, LocalDate asOf, String scope,
        Long sampleRunId, String status, LocalDateTime createdAt, LocalDateTime completedAt, Long households,
        Long cases) {

    public static final String SCOPE_ALL = "ALL";
    public static final String SCOPE_SAMPLE = "SAMPLE";
}
