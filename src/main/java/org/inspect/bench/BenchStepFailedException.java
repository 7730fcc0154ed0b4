package org.inspect.bench;

import org.inspect.error.ExitCodes;
import org.inspect.error.InspectException;

/** A step of the bench ended with an error or without its timing; its log says why. */
public final class BenchStepFailedException extends InspectException {

    public BenchStepFailedException(String step, int exitCode, String log) {
        super("bench step " + step + " failed with exit code " + exitCode + ", see " + log);
        localized("bench.stepFailed", step, exitCode, log);
    }

    @Override
    public int exitCode() {
        return ExitCodes.INTERNAL;
    }
}
