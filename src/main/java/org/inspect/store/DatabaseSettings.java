package org.inspect.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.inspect.config.Settings;
import org.inspect.error.BadInputException;

/**
 * Which database the toolkit uses: the embedded HSQLDB under the data folder (no URL, the default), or a server
 * named by a JDBC URL (PostgreSQL). A URL, user and password come from the command line, else from
 * {@code config/database.properties} ({@code db.url}, {@code db.user}, {@code db.password}); the password also from
 * {@code INSPECT_DB_PASSWORD}.
 */
public record DatabaseSettings(String url, String user, String password) {

    /** The configuration file, in the city's config folder. */
    public static final String FILE = "database.properties";
    /** Environment variable that holds the password, so that it stays off command lines and files. */
    public static final String PASSWORD_ENV = "INSPECT_DB_PASSWORD";

    /** The kinds of database the toolkit runs on. */
    public enum Kind {
        HSQLDB("hsqldb"), POSTGRESQL("postgresql");

        private final String folder;

        Kind(String folder) {
            this.folder = folder;
        }

        /** The folder of this database's migration scripts under {@code db/}. */
        public String folder() {
            return folder;
        }
    }

    /** The embedded database under the data folder. */
    public static DatabaseSettings embedded() {
        return new DatabaseSettings(null, null, null);
    }

    /**
     * The settings in force: each value from the command line if given, else from the configuration file of
     * {@code settings}' config folder; the password else from {@link #PASSWORD_ENV} of {@code env}.
     */
    public static DatabaseSettings resolve(String url, String user, String password, Settings settings,
            Map<String, String> env) {
        return resolve(url, user, password, fileProperties(settings), env);
    }

    static DatabaseSettings resolve(String url, String user, String password, Properties file,
            Map<String, String> env) {
        String u = firstOf(url, file.getProperty("db.url"));
        String pw = firstOf(password, firstOf(file.getProperty("db.password"), env.get(PASSWORD_ENV)));
        DatabaseSettings s = new DatabaseSettings(u, firstOf(user, file.getProperty("db.user")), pw);
        s.kind(); // refuses an unknown URL at once
        return s;
    }

    private static String firstOf(String a, String b) {
        return a != null && !a.isBlank() ? a.strip() : b == null || b.isBlank() ? null : b.strip();
    }

    private static Properties fileProperties(Settings settings) {
        Properties p = new Properties();
        Optional<java.nio.file.Path> local = settings.local(FILE);
        if (local.isPresent()) {
            try (InputStream in = Files.newInputStream(local.get())) {
                p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + local.get(), e);
            }
        }
        return p;
    }

    /** Whether this names the embedded database of the data folder. */
    public boolean isEmbedded() {
        return url == null;
    }

    /** The kind of database the URL names. */
    public Kind kind() {
        if (url == null || url.startsWith("jdbc:hsqldb:")) {
            return Kind.HSQLDB;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return Kind.POSTGRESQL;
        }
        throw new BadInputException("unsupported database URL " + url + ": expected jdbc:postgresql://HOST:PORT/DB")
                .localized("error.db.unsupportedUrl", url);
    }

    /** The URL with any password parameter hidden, for messages. */
    public String describe() {
        return url == null ? "" : url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    @Override
    public String toString() {
        return isEmbedded() ? "embedded" : describe();
    }
}
