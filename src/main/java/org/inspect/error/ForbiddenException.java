package org.inspect.error;

/** The acting account may not do what it asked: its role lacks the permission, or the item is another county's. */
public class ForbiddenException extends InspectException {

    public ForbiddenException(String message) {
        super(message);
    }

    @Override
    public int exitCode() {
        return ExitCodes.FORBIDDEN;
    }
}
