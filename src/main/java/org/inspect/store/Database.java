package org.inspect.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.inspect.error.ConflictException;
import org.inspect.store.internal.Migrations;
import org.inspect.store.internal.Orm;
import org.hsqldb.jdbc.JDBCPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded HSQLDB file database under the data folder: created on first use, upgraded by the versioned
 * SQL under {@code db/}, validated by Hibernate, and held by one {@code inspect} process at a time.
 *
 * <p>Exclusivity uses an operating-system file lock on {@code <data>/inspect.lock} rather than HSQLDB's own
 * lock file: the OS releases it the moment a process dies (even by {@code kill -9}), so a restart right
 * after a crash is not refused, while a second live process is refused at once instead of hanging.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final Path dataDir;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final JDBCPool pool;
    private final SessionFactory sessionFactory;

    private Database(Path dataDir, FileChannel lockChannel, FileLock lock, JDBCPool pool, SessionFactory sf) {
        this.dataDir = dataDir;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.pool = pool;
        this.sessionFactory = sf;
    }

    /**
     * Opens (creating if needed) the database under {@code dataDir}.
     *
     * @throws ConflictException when another inspect process holds the database
     */
    public static Database open(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        FileChannel channel = null;
        try {
            Files.createDirectories(dir.resolve("db"));
            channel = FileChannel.open(dir.resolve("inspect.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new ConflictException("database " + dir + " is in use by another inspect process")
                        .localized("error.databaseInUse", dir);
            }
            JDBCPool pool = new JDBCPool(8);
            pool.setUrl(url(dir));
            pool.setUser("SA");
            pool.setPassword("");
            Migrations.apply(pool);
            try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
                // large query results spill to disk instead of filling the heap
                st.execute("SET DATABASE DEFAULT RESULT MEMORY ROWS 20000");
            }
            SessionFactory sf = Orm.build(pool);
            LOG.debug("opened database {}", dir);
            return new Database(dir, channel, lock, pool, sf);
        } catch (IOException | SQLException e) {
            closeQuietly(channel);
            throw new IllegalStateException("cannot open database in " + dir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (!(e instanceof ConflictException)) {
                closeQuietly(channel);
            }
            throw e;
        }
    }

    /** The JDBC URL of the database under {@code dataDir}, with its table type and cache settings. */
    public static String url(Path dataDir) {
        return "jdbc:hsqldb:file:" + dataDir.toAbsolutePath().normalize().resolve("db").resolve("inspect")
                + ";hsqldb.default_table_type=cached;hsqldb.lock_file=false;hsqldb.tx=mvcc"
                + ";hsqldb.cache_rows=1000000;hsqldb.cache_size=524288;hsqldb.log_size=200;sql.syntax_pgs=false";
    }

    private static void closeQuietly(FileChannel c) {
        if (c != null && c.isOpen()) {
            try {
                c.close();
            } catch (IOException ignored) {
                // nothing to do
            }
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    public DataSource dataSource() {
        return pool;
    }

    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    public SessionFactory sessionFactory() {
        return sessionFactory;
    }

    /** A stateless session with JDBC batching on, for streaming reads and batched writes. */
    public StatelessSession statelessSession() {
        StatelessSession s = sessionFactory.openStatelessSession();
        s.setJdbcBatchSize(500);
        return s;
    }

    /** Shuts the database down cleanly (checkpoint and close files) and releases the process lock. */
    @Override
    public void close() {
        try {
            sessionFactory.close();
        } catch (RuntimeException e) {
            LOG.warn("closing Hibernate: {}", e.toString());
        }
        try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
            st.execute("SHUTDOWN");
        } catch (SQLException e) {
            LOG.warn("shutting down database: {}", e.toString());
        }
        try {
            pool.close(0);
        } catch (SQLException e) {
            LOG.debug("closing pool: {}", e.toString());
        }
        try {
            lock.release();
        } catch (IOException e) {
            LOG.debug("releasing lock: {}", e.toString());
        }
        closeQuietly(lockChannel);
    }
}
