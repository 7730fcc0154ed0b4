package org.inspect.error;

/** The database failed in a way the user can act on: unreachable, refused the login, or has no schema yet. */
public final class StorageException extends InspectException {

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    public StorageException(String message) {
        super(message);
    }

    @Override
    public int exitCode() {
        return ExitCodes.INTERNAL;
    }
}
