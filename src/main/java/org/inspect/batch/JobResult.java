package org.inspect.batch;

import jakarta.batch.runtime.BatchStatus;
import java.util.Date;
import java.util.List;

/** The outcome of a job execution: status, times and each step's status and counts. */
public record JobResult(long executionId, String jobName, BatchStatus status, String exitStatus, Date start,
        Date end, List<Step> steps) {

    /** One step execution (a partitioned step reports its totals). */
    public record Step(String name, BatchStatus status, String exitStatus, long read, long written, long skipped) {
    }

    public boolean completed() {
        return status == BatchStatus.COMPLETED;
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
