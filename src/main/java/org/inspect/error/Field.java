package org.inspect.error;

/**
 * A field of what a person gives a service (a note, a reason, evidence files, the acting account's name), as a
 * refusal names it: by the domain's name for it. Each shell words it its own way: the command line as its option
 * ({@code --note}), a page as its form's label.
 */
public record Field(String name) {

    /** The note an event records (a response's measures, a decision's words). */
    public static final Field NOTE = new Field("note");
    /** The reason of a return, a dismissal or a withdrawal. */
    public static final Field REASON = new Field("reason");
    /** The evidence files given with a response or contest. */
    public static final Field EVIDENCE = new Field("evidence");
    /** The name of the account acting. */
    public static final Field ACCOUNT = new Field("account");

    public Field {
        java.util.Objects.requireNonNull(name, "name");
    }

    /** The domain's name, for the English message of a log. */
    @Override
    public String toString() {
        return name;
    }
}
