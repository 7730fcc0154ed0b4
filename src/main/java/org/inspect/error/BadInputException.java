package org.inspect.error;

/** Input that does not meet the interchange format or an argument out of range. */
public class BadInputException extends InspectException {

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public int exitCode() {
        return ExitCodes.BAD_INPUT;
    }
}
