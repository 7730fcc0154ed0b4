package org.inspect.error;

/** Exit codes of the {@code inspect} command, one per class of failure. */
public final class ExitCodes {

    public static final int OK = 0;
    /** A bug or an unexpected environment failure. */
    public static final int INTERNAL = 1;
    /** Wrong command-line usage (picocli's own code). */
    public static final int USAGE = 2;
    /** Input files or arguments that do not meet the format. */
    public static final int BAD_INPUT = 3;
    /** A run, snapshot, finding or file that does not exist. */
    public static final int NOT_FOUND = 4;
    /** The database is in use, or the request conflicts with stored state. */
    public static final int CONFLICT = 5;
    /** A verification (sample manifest, report integrity) found a mismatch. */
    public static final int MISMATCH = 6;
    /** The account may not do this (role or county), or signing in failed. */
    public static final int FORBIDDEN = 7;

    private ExitCodes() {
    }
}
