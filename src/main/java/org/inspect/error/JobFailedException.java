package org.inspect.error;

/**
 * A batch job that did not complete, with the exit code of what made it fail: the class of the toolkit error a
 * step threw (bad input 3, not found 4, conflict 5, ...), else an internal error.
 */
public class JobFailedException extends InspectException {

    private final int exitCode;

    public JobFailedException(String message, Throwable cause) {
        super(message, cause);
        InspectException known = find(cause);
        this.exitCode = known == null ? ExitCodes.INTERNAL : known.exitCode();
    }

    /** The first toolkit error in the chain of causes, if any. */
    public static InspectException find(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof InspectException ie) {
                return ie;
            }
        }
        return null;
    }

    @Override
    public int exitCode() {
        return exitCode;
    }
}
