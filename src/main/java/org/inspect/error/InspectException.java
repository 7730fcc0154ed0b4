package org.inspect.error;

/** A failure the user can act on; its class decides the process exit code. */
public abstract class InspectException extends RuntimeException {

    protected InspectException(String message) {
        super(message);
    }

    protected InspectException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The exit code of the {@code inspect} process for this class of failure. */
    public abstract int exitCode();
}
