package org.inspect.error;

/** A run, snapshot, finding or file that does not exist. */
public class NotFoundException extends InspectException {

    public NotFoundException(String message) {
        super(message);
    }

    public NotFoundException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public int exitCode() {
        return ExitCodes.NOT_FOUND;
    }
}
