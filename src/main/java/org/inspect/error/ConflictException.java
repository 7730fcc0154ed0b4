package org.inspect.error;

/** A request that conflicts with stored state, or a database held by another process. */
public class ConflictException extends InspectException {

    public ConflictException(String message) {
        super(message);
    }

    public ConflictException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public int exitCode() {
        return ExitCodes.CONFLICT;
    }
}
