package org.inspect.error;

/** A verification that found a difference (sample manifest, report integrity). */
public class MismatchException extends InspectException {

    public MismatchException(String message) {
        super(message);
    }

    public MismatchException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public int exitCode() {
        return ExitCodes.MISMATCH;
    }
}
