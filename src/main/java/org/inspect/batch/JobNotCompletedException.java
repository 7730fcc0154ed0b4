package org.inspect.batch;

import org.inspect.error.JobFailedException;

/**
 * A job a service started did not complete. It keeps the execution's result, from which a front end words the
 * failure in its user's language (which job, step and status, what the step said); the exit code is that of the
 * toolkit error the step threw, else internal.
 */
public final class JobNotCompletedException extends JobFailedException {

    private final transient JobResult result;

    public JobNotCompletedException(JobResult result) {
        super(result.failureSummary() + " (execution " + result.executionId() + ")", result.failure());
        this.result = result;
    }

    /** The execution that did not complete. */
    public JobResult result() {
        return result;
    }

    /** Throws unless the execution completed. */
    public static JobResult unlessCompleted(JobResult result) {
        if (!result.completed()) {
            throw new JobNotCompletedException(result);
        }
        return result;
    }
}
