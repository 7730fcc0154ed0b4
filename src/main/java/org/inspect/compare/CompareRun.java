package org.inspect.compare;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A stored comparison of one snapshot's rolls; {@code againstRunId} is the earlier run its month-on-month changes
 * were computed against, {@code registered} and {@code covered} count not-lifted poor households when COMPLETED.
 */
public record CompareRun(long id, long snapshotId, String snapshotLabel, LocalDate asOf, Long againstRunId,
        String status, LocalDateTime createdAt, LocalDateTime completedAt, Long registered, Long covered) {

    public boolean completed() {
        return "COMPLETED".equals(status);
    }
}
