package org.inspect.batch;

import jakarta.batch.runtime.BatchStatus;
import java.util.Date;
import java.util.List;

/** The outcome of a job execution: status, times and each step's status and counts. */
public record JobResult(long executionId, String jobName, BatchStatus status, String exitStatus, Date start,
        Date end, List<Step> steps) {

    /**
     * One step execution (a partitioned step reports its totals), with the exception it (or one of its partitions)
     * failed with, when the runtime still holds it.
     */
    public record Step(String name, BatchStatus status, String exitStatus, long read, long written, long skipped,
            Throwable failure) {

        public Step(String name, BatchStatus status, String exitStatus, long read, long written, long skipped) {
            this(name, status, exitStatus, read, written, skipped, null);
        }
    }

    public boolean completed() {
        return status == BatchStatus.COMPLETED;
    }

    /** The exception the first failed step threw, if known. */
    public Throwable failure() {
        for (Step s : steps) {
            if (s.failure() != null) {
                return s.failure();
            }
        }
        return null;
    }

    /** "job import, step import.load: FAILED" for the first step that did not complete. */
    public String failureSummary() {
        for (Step s : steps) {
            if (s.status() != BatchStatus.COMPLETED) {
                return "job " + jobName + ", step " + s.name() + ": " + s.status()
                        + (s.exitStatus() == null || s.exitStatus().equals(s.status().name()) ? "" : " (" + s.exitStatus() + ")");
            }
        }
        return "job " + jobName + ": " + status;
    }
}
