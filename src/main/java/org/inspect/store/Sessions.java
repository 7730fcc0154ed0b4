package org.inspect.store;

import java.util.function.Consumer;
import java.util.function.Function;
import org.hibernate.JDBCException;
import org.hibernate.Session;
import org.hibernate.StatelessSession;

/**
 * Hibernate sessions for the stores' entities (runs, notices, rectification items and events, verdicts): one
 * transaction of a session, committed when the work returns and rolled back when it throws. A database error comes
 * out as the toolkit's error through {@link Jdbc#translate}, as it does on the plain-JDBC paths.
 */
public final class Sessions {

    private Sessions() {
    }

    /** Runs {@code work} in one transaction of a new session. */
    public static void inTransaction(Database db, Consumer<Session> work) {
        fromTransaction(db, s -> {
            work.accept(s);
            return null;
        });
    }

    /** Runs {@code work} in one transaction of a new session and returns what it returns. */
    public static <R> R fromTransaction(Database db, Function<Session, R> work) {
        try {
            return db.sessionFactory().fromTransaction(work);
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    /**
     * Runs {@code work} (reads, streamed in order) in one transaction of a stateless session: nothing is cached,
     * so a long history is read row by row.
     */
    public static <R> R fromStatelessTransaction(Database db, Function<StatelessSession, R> work) {
        try {
            return db.sessionFactory().fromStatelessTransaction(work);
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    /**
     * The toolkit's error for what a session threw: a database error (Hibernate wraps the driver's exception in a
     * {@link JDBCException}, sometimes in turn wrapped) goes through {@link Jdbc#translate}; anything else, the
     * toolkit's own errors among them, is returned as it is.
     */
    public static RuntimeException translate(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JDBCException j && j.getSQLException() != null) {
                return Jdbc.translate(j.getSQLException());
            }
        }
        return e;
    }
}
