package org.inspect.error;

/** A failure the user can act on; its class decides the process exit code. */
public abstract class InspectException extends RuntimeException {

    private String messageKey;
    private Object[] messageArgs = new Object[0];

    protected InspectException(String message) {
        super(message);
    }

    /**
     * Names the CLI message (resource-bundle key and arguments) that says this in the user's language; the
     * constructor's English text stays the exception message for logs.
     */
    @SuppressWarnings("unchecked")
    public <T extends InspectException> T localized(String key, Object... args) {
        this.messageKey = key;
        this.messageArgs = args.clone();
        return (T) this;
    }

    /** The resource-bundle key of the user's message, or null when only the English message exists. */
    public String messageKey() {
        return messageKey;
    }

    public Object[] messageArgs() {
        return messageArgs.clone();
    }

    protected InspectException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The exit code of the {@code inspect} process for this class of failure. */
    public abstract int exitCode();
}
