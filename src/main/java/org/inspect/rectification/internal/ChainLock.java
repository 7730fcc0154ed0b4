package org.inspect.rectification.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.hibernate.Session;
import org.inspect.error.ConflictException;
import org.inspect.store.DatabaseSettings;

/**
 * The one lock of the event chain, taken as the first statement of every transaction that appends to it and held
 * until that transaction ends: every item shares the one chain head, so two people acting on two different items at
 * once must take turns, or both would read the same head and write the same sequence number.
 *
 * <p>On PostgreSQL a transaction-level advisory lock, tried again every few milliseconds for a few seconds (the
 * holder is one short transaction) and then refused with words; it never aborts the transaction, so nothing else has
 * to be retried. On HSQLDB (opened with {@code hsqldb.tx=mvcc}, where neither a SELECT nor {@code LOCK TABLE} makes
 * another transaction wait) an update of the head row that changes nothing, which MVCC holds to the end of the
 * transaction; the embedded database belongs to one process, so the holder is a thread of this one and the wait is
 * as short as its transaction.
 */
public final class ChainLock {

    /** The toolkit's advisory-lock class (as store/JobLocks), and the chain's key within it. */
    private static final int LOCK_CLASS = 0x1A5EC7;
    private static final int CHAIN_KEY = 0x7EC7;
    private static final long WAIT_MILLIS = 10_000;

    private ChainLock() {
    }

    /** Takes the chain's lock in {@code s}'s transaction, or refuses when another holds it for too long. */
    public static void take(Session s, DatabaseSettings.Kind kind) {
        s.doWork(c -> take(c, kind));
    }

    static void take(Connection c, DatabaseSettings.Kind kind) throws SQLException {
        if (kind == DatabaseSettings.Kind.HSQLDB) {
            try (Statement st = c.createStatement()) {
                // LOCK TABLE does not make another MVCC transaction wait (tried: both get it at once); writing
                // the head row does, until the holder ends, and the waiter then reads the head it left
                if (st.executeUpdate("UPDATE rect_chain_head SET last_seq = last_seq WHERE id = 1") == 0) {
                    st.executeUpdate("INSERT INTO rect_chain_head (id, last_seq, last_hash) SELECT 1, 0, '"
                            + HashChain.GENESIS + "' FROM (VALUES (0)) WHERE NOT EXISTS "
                            + "(SELECT 1 FROM rect_chain_head)");
                }
            }
            return;
        }
        long until = System.nanoTime() + WAIT_MILLIS * 1_000_000;
        long pause = 5;
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_xact_lock(?, ?)")) {
            ps.setInt(1, LOCK_CLASS);
            ps.setInt(2, CHAIN_KEY);
            while (true) {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return;
                    }
                }
                if (System.nanoTime() > until) {
                    throw new ConflictException("the rectification history is busy: another action has been "
                            + "recording for " + WAIT_MILLIS / 1000 + " s; try again").localized("rect.chainBusy",
                                    WAIT_MILLIS / 1000);
                }
                sleep(pause);
                pause = Math.min(100, pause * 2);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis + (long) (Math.random() * millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConflictException("interrupted while waiting for the rectification history")
                    .localized("rect.chainBusy", 0);
        }
    }
}
