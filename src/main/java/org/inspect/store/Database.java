package org.inspect.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
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
import java.util.Optional;
import java.util.ServiceLoader;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hsqldb.jdbc.JDBCPool;
import org.inspect.error.ConflictException;
import org.inspect.store.DatabaseSettings.Kind;
import org.inspect.store.internal.Orm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The toolkit's database: by default the embedded HSQLDB file database under the data folder, held by one
 * {@code inspect} process at a time; or a PostgreSQL server that a team shares. Either way created or upgraded by
 * the Flyway scripts of its kind, validated by Hibernate, and reached through one pool.
 *
 * <p>The embedded database's exclusivity uses an operating-system file lock on {@code <data>/inspect.lock} rather
 * than HSQLDB's own lock file: the OS releases it the moment a process dies (even by {@code kill -9}), so a restart
 * right after a crash is not refused, while a second live process is refused at once instead of hanging. On
 * PostgreSQL several processes work at once, and the jobs that must not overlap take {@link #lock advisory locks}.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final Path dataDir;
    private final DatabaseSettings settings;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final DataSource pool;
    private final SessionFactory sessionFactory;
    private final JobLocks jobLocks;

    private Database(Path dataDir, DatabaseSettings settings, FileChannel lockChannel, FileLock lock,
            DataSource pool, SessionFactory sf) {
        this.dataDir = dataDir;
        this.settings = settings;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.pool = pool;
        this.sessionFactory = sf;
        this.jobLocks = new JobLocks(this);
    }

    /** Opens (creating if needed) the database of {@code dataDir}: the embedded one, or where a locator says. */
    public static Database open(Path dataDir) {
        return open(dataDir, DatabaseSettings.embedded());
    }

    /**
     * Opens (creating or upgrading the schema if needed) the database {@code settings} name; embedded settings mean
     * the HSQLDB database under {@code dataDir} unless a {@link DatabaseLocator} on the class path places it.
     *
     * @throws ConflictException when another inspect process holds the embedded database
     */
    public static Database open(Path dataDir, DatabaseSettings settings) {
        Path dir = dataDir.toAbsolutePath().normalize();
        DatabaseSettings s = located(dir, settings);
        return s.isEmbedded() ? openEmbedded(dir) : openServer(dir, s);
    }

    /**
     * Whether the database of {@code dataDir} exists and holds the toolkit's schema, without creating anything:
     * a command that only reads says so instead of creating an empty database.
     */
    public static boolean exists(Path dataDir, DatabaseSettings settings) {
        Path dir = dataDir.toAbsolutePath().normalize();
        DatabaseSettings s = located(dir, settings);
        if (s.isEmbedded()) {
            Path db = dir.resolve("db");
            return Files.exists(db.resolve("inspect.properties")) || Files.exists(db.resolve("inspect.script"));
        }
        try (HikariDataSource ds = serverPool(s, 1)) {
            return Schema.present(ds);
        } catch (HikariPool.PoolInitializationException e) {
            throw translate(e, s);
        }
    }

    private static DatabaseSettings located(Path dir, DatabaseSettings settings) {
        if (!settings.isEmbedded()) {
            return settings;
        }
        for (DatabaseLocator l : ServiceLoader.load(DatabaseLocator.class, Database.class.getClassLoader())) {
            Optional<DatabaseSettings> s = l.locate(dir);
            if (s.isPresent()) {
                return s.get();
            }
        }
        return settings;
    }

    private static Database openEmbedded(Path dir) {
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
            createIfNew(dir);
            JDBCPool pool = new JDBCPool(8);
            pool.setUrl(url(dir));
            pool.setUser("SA");
            pool.setPassword("");
            Schema.migrate(pool, Kind.HSQLDB);
            try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
                // large query results spill to disk instead of filling the heap
                st.execute("SET DATABASE DEFAULT RESULT MEMORY ROWS 20000");
            }
            SessionFactory sf = Orm.build(pool);
            LOG.debug("opened database {}", dir);
            return new Database(dir, DatabaseSettings.embedded(), channel, lock, pool, sf);
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

    private static Database openServer(Path dir, DatabaseSettings s) {
        HikariDataSource pool;
        try {
            pool = serverPool(s, 12);
        } catch (HikariPool.PoolInitializationException e) {
            throw translate(e, s);
        }
        try {
            Schema.migrate(pool, s.kind());
            SessionFactory sf = Orm.build(pool);
            LOG.debug("opened database {}", s.describe());
            return new Database(dir, s, null, null, pool, sf);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    private static HikariDataSource serverPool(DatabaseSettings s, int size) {
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl(s.url());
        if (s.user() != null) {
            cfg.setUsername(s.user());
        }
        if (s.password() != null) {
            cfg.setPassword(s.password());
        }
        cfg.setMaximumPoolSize(size);
        cfg.setMinimumIdle(1);
        cfg.setPoolName("inspect");
        cfg.addDataSourceProperty("ApplicationName", "inspect");
        return new HikariDataSource(cfg);
    }

    private static RuntimeException translate(HikariPool.PoolInitializationException e, DatabaseSettings s) {
        Throwable cause = e.getCause();
        if (cause instanceof SQLException sql) {
            return Jdbc.translate(sql, "connecting to " + s.describe());
        }
        return new IllegalStateException("cannot connect to " + s.describe() + ": " + e.getMessage(), e);
    }

    /** The JDBC URL of the embedded database under {@code dataDir}, with its table type and cache settings. */
    public static String url(Path dataDir) {
        return url(dataDir, "db");
    }

    private static String url(Path dataDir, String folder) {
        return "jdbc:hsqldb:file:" + dataDir.toAbsolutePath().normalize().resolve(folder).resolve("inspect")
                + ";hsqldb.default_table_type=cached;hsqldb.lock_file=false;hsqldb.tx=mvcc"
                + ";hsqldb.cache_rows=1000000;hsqldb.cache_size=524288;hsqldb.log_size=200;sql.syntax_pgs=false";
    }

    /** Where a new embedded database is made before it takes its place ({@link #createIfNew}). */
    private static final String NEW = "db-new";

    /**
     * A new embedded database is made whole, then put in place: its schema is created in {@code db-new/} and the
     * folder renamed to {@code db/} once every migration is applied. HSQLDB does not roll DDL back, so a command
     * killed while it created the schema in place (the first import of a new data folder, killed at once) left
     * tables without their history and a database no command could open again. A {@code db-new/} left by such a
     * kill is thrown away and made again. Called under the data folder's lock.
     */
    private static void createIfNew(Path dir) throws IOException, SQLException {
        Path db = dir.resolve("db");
        if (Files.exists(db.resolve("inspect.properties")) || Files.exists(db.resolve("inspect.script"))) {
            return;
        }
        Path fresh = dir.resolve(NEW);
        deleteTree(fresh);
        Files.createDirectories(fresh);
        JDBCPool pool = new JDBCPool(1);
        pool.setUrl(url(dir, NEW));
        pool.setUser("SA");
        pool.setPassword("");
        Schema.migrate(pool, Kind.HSQLDB);
        try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
            st.execute("SHUTDOWN");
        }
        pool.close(0);
        deleteTree(db);
        Files.move(fresh, db, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (var walk = Files.walk(p)) {
            for (Path q : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        }
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

    /** The data folder: evidence files, job inputs and, for the embedded database, the database itself. */
    public Path dataDir() {
        return dataDir;
    }

    /** Which database this is. */
    public DatabaseSettings settings() {
        return settings;
    }

    public Kind kind() {
        return settings.kind();
    }

    /** The schema version and the pending migrations. */
    public Schema.Status schemaStatus() {
        return Schema.status(pool, kind());
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

    /**
     * Takes the lock on {@code resource} for a job that must not overlap another (exclusive) or may overlap only
     * readers of the same thing (shared), until the returned handle is closed; a lock held by another process
     * is a {@link ConflictException} that says who holds it and since when. Reading commands take none.
     */
    public JobLocks.Held lock(String resource, boolean shared) {
        return jobLocks.acquire(resource, shared);
    }

    /** Shuts the database down cleanly (checkpoint and close files) and releases the process lock. */
    @Override
    public void close() {
        try {
            sessionFactory.close();
        } catch (RuntimeException e) {
            LOG.warn("closing Hibernate: {}", e.toString());
        }
        jobLocks.releaseAll();
        if (pool instanceof HikariDataSource h) {
            h.close();
            return;
        }
        try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
            st.execute("SHUTDOWN");
        } catch (SQLException e) {
            LOG.warn("shutting down database: {}", e.toString());
        }
        try {
            ((JDBCPool) pool).close(0);
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
