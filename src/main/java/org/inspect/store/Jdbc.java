package org.inspect.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.inspect.error.BadInputException;
import org.inspect.error.ConflictException;
import org.inspect.error.InspectException;
import org.inspect.error.StorageException;

/**
 * The one place that turns a database error into the toolkit's errors: a database that cannot be reached or
 * refuses the login becomes a {@link StorageException} the user can act on, a duplicate key a
 * {@link ConflictException}; anything else is an internal error that keeps the database's own message.
 */
public final class Jdbc {

    private Jdbc() {
    }

    /** The toolkit's error for {@code e}, met while {@code doing} (a few words: "reading snapshots"). */
    public static RuntimeException translate(SQLException e, String doing) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String what = doing + ": " + e.getMessage();
        String reason = e.getMessage() == null ? state : e.getMessage().replaceAll("\\.+$", "");
        if (state.startsWith("08")) {
            return new StorageException("cannot reach the database, " + what, e)
                    .<InspectException>localized("error.db.unreachable", reason);
        }
        if (state.startsWith("28")) {
            return new StorageException("the database refused the login, " + what, e)
                    .<InspectException>localized("error.db.login", reason);
        }
        if (state.equals("3D000")) {
            return new StorageException("no such database, " + what, e)
                    .<InspectException>localized("error.db.noSuchDatabase", reason);
        }
        if (state.equals("23505") || state.equals("23000")) {
            // the driver's text quotes the statement and the row: it stays in the cause (-v), not in the message
            return new ConflictException("a row with the same key exists, " + doing + " (SQL state " + state + ")", e)
                    .<InspectException>localized("error.db.duplicate", doing);
        }
        if (state.equals("40001") || state.equals("40P01") || state.equals("55P03")) {
            return new ConflictException("another user changed the same data at the same moment, " + doing
                    + " (SQL state " + state + ")", e)
                    .<InspectException>localized("error.db.busy", doing);
        }
        if (state.equals("22001")) {
            // a text longer than its column: the services check their limits first (TextLimits), so this is a
            // limit someone forgot; still words, not a stack trace
            return new BadInputException("a text is longer than the database keeps, " + doing, e)
                    .<InspectException>localized("error.db.tooLong", doing);
        }
        // anything else is the toolkit's fault: an internal error whose message names the SQL state; the driver's
        // text (which may quote the statement and the row) is the cause, shown with -v
        return new IllegalStateException(doing + " (SQL state " + state + ")", e);
    }

    /** {@link #translate} with the default "using the database". */
    public static RuntimeException translate(SQLException e) {
        return translate(e, "using the database");
    }

    /**
     * Has PostgreSQL plan {@code ps} with its parameters' values at every execution (elsewhere: nothing). After five
     * executions of a prepared statement the server may switch to a generic plan made without the values; for a
     * join over a page of households it took a hash join over the whole registered-poor roll, 98 ms a page and a
     * check growing with the square of the roll at a province's size (issue 25), where the plan for the values is
     * a nested loop on the index, 7 ms.
     */
    public static PreparedStatement plannedWithValues(PreparedStatement ps) throws SQLException {
        if (ps.isWrapperFor(org.postgresql.PGStatement.class)) {
            ps.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(0);
        }
        return ps;
    }
}
