package org.inspect.store;

import java.net.InetAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.inspect.error.ConflictException;
import org.inspect.store.DatabaseSettings.Kind;

/**
 * Locks for jobs that must not overlap (two imports of one label, a check while its snapshot is replaced, two
 * notice issues), on a shared PostgreSQL database: session-level advisory locks, which the server releases when
 * the holding process ends, however it ends. Beside each lock a row of {@code db_lock} says who holds it and since
 * when, for the message the second process gets; it never waits. The embedded database is held whole by one
 * process (its file lock), so there every lock is granted at once.
 */
public final class JobLocks {

    /** The first key of every advisory lock the toolkit takes, so that its locks never meet another program's. */
    private static final int LOCK_CLASS = 0x1A5EC7;

    private final Database db;
    private final List<Held> held = new ArrayList<>();

    JobLocks(Database db) {
        this.db = db;
    }

    /** A lock held until closed. */
    public final class Held implements AutoCloseable {
        private final String resource;
        private final boolean shared;
        private final Connection connection;

        private Held(String resource, boolean shared, Connection connection) {
            this.resource = resource;
            this.shared = shared;
            this.connection = connection;
        }

        @Override
        public void close() {
            synchronized (JobLocks.this) {
                if (!held.remove(this) || connection == null) {
                    return;
                }
            }
            try (Connection c = connection) {
                try (PreparedStatement ps = c.prepareStatement(
                        "DELETE FROM db_lock WHERE resource = ? AND backend_pid = pg_backend_pid()")) {
                    ps.setString(1, resource);
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement(shared ? "SELECT pg_advisory_unlock_shared(?, ?)"
                        : "SELECT pg_advisory_unlock(?, ?)")) {
                    ps.setInt(1, LOCK_CLASS);
                    ps.setInt(2, resource.hashCode());
                    ps.execute();
                }
            } catch (SQLException e) {
                // closing the connection ends the session, which releases the lock in any case
                org.slf4j.LoggerFactory.getLogger(JobLocks.class).debug("releasing lock {}: {}", resource, e.toString());
            }
        }
    }

    synchronized Held acquire(String resource, boolean shared) {
        if (db.kind() != Kind.POSTGRESQL) {
            Held h = new Held(resource, shared, null);
            held.add(h);
            return h;
        }
        Connection c = null;
        try {
            c = db.connection();
            c.setAutoCommit(true);
            boolean got;
            try (PreparedStatement ps = c.prepareStatement(shared ? "SELECT pg_try_advisory_lock_shared(?, ?)"
                    : "SELECT pg_try_advisory_lock(?, ?)")) {
                ps.setInt(1, LOCK_CLASS);
                ps.setInt(2, resource.hashCode());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    got = rs.getBoolean(1);
                }
            }
            if (!got) {
                String who = holders(c, resource);
                c.close();
                throw new ConflictException(resource + " is in use by another inspect process: " + who)
                        .localized("error.lockHeld", resource, who);
            }
            String holder = holder(db.settings().user());
            // rows of holders that ended without releasing are stale: an exclusive lock clears them all, a shared
            // one the exclusive ones (no exclusive holder can exist beside a granted shared lock)
            try (PreparedStatement ps = c.prepareStatement(shared
                    ? "DELETE FROM db_lock WHERE resource = ? AND shared_lock = FALSE"
                    : "DELETE FROM db_lock WHERE resource = ?")) {
                ps.setString(1, resource);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO db_lock (resource, backend_pid, holder, shared_lock, since) "
                            + "VALUES (?, pg_backend_pid(), ?, ?, LOCALTIMESTAMP)")) {
                ps.setString(1, resource);
                ps.setString(2, holder);
                ps.setBoolean(3, shared);
                ps.executeUpdate();
            }
            Held h = new Held(resource, shared, c);
            held.add(h);
            return h;
        } catch (SQLException e) {
            closeQuietly(c);
            throw Jdbc.translate(e, "taking the lock " + resource);
        }
    }

    private static String holders(Connection c, String resource) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT holder, since FROM db_lock WHERE resource = ? "
                        + "AND backend_pid IN (SELECT pid FROM pg_stat_activity) ORDER BY since")) {
            ps.setString(1, resource);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1) + " @ "
                            + rs.getTimestamp(2).toLocalDateTime().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")));
                }
            }
        }
        return out.isEmpty() ? "?" : String.join("; ", out);
    }

    /**
     * Who this process is: the database login, host and process id (the acting account is the caller's business;
     * the lock names the process, and the time is the database server's own LOCALTIMESTAMP).
     */
    static String holder(String login) {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "?";
        }
        return (login == null ? "inspect" : login) + "@" + host + " pid " + ProcessHandle.current().pid();
    }

    synchronized void releaseAll() {
        for (Held h : List.copyOf(held)) {
            h.close();
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // nothing to do
            }
        }
    }
}
