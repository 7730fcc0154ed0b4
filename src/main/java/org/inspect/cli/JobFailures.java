package org.inspect.cli;

import org.inspect.batch.JobResult;
import org.inspect.error.InspectException;
import org.inspect.error.JobFailedException;

/**
 * The error of a job that did not complete: which job, step and status, what the step said (the message of the
 * toolkit error it threw, in the user's language), and an exit code that means what failed.
 */
final class JobFailures {

    private JobFailures() {
    }

    static JobFailedException of(JobResult r) {
        Throwable cause = r.failure();
        InspectException known = JobFailedException.find(cause);
        if (known != null) {
            String why = known.messageKey() == null ? known.getMessage()
                    : Messages.get(known.messageKey(), known.messageArgs());
            return new JobFailedException(Messages.get("job.failedBecause", r.failureSummary(), why, r.executionId()),
                    cause);
        }
        String summary = cause == null ? r.failureSummary() : r.failureSummary() + ": " + cause;
        return new JobFailedException(Messages.get("job.failed", summary, r.executionId()), cause);
    }
}
