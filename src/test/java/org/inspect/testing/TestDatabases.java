package org.inspect.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.inspect.store.DatabaseSettings.Kind;

/**
 * Which database this test run uses. The build runs the suite twice: on the embedded HSQLDB, and, when
 * {@code INSPECT_TEST_POSTGRES_URL} names a PostgreSQL server (as {@code .ci/run} does), again on PostgreSQL,
 * with the system property {@value #URL_PROPERTY} set; {@link PostgresTestLocator} then gives every data folder a
 * database of its own on that server.
 */
public final class TestDatabases {

    /** The system property that names the PostgreSQL server of the PostgreSQL run (a JDBC URL to any database). */
    public static final String URL_PROPERTY = "inspect.test.postgres.url";
    /** The environment variable that names a PostgreSQL server for the tests that compare both databases. */
    public static final String URL_ENV = "INSPECT_TEST_POSTGRES_URL";

    private TestDatabases() {
    }

    /** Whether this run's databases live on PostgreSQL. */
    public static boolean postgres() {
        String url = System.getProperty(URL_PROPERTY);
        return url != null && !url.isBlank();
    }

    /** A PostgreSQL server to test against in either run, if one is configured. */
    public static String serverUrl() {
        String url = System.getProperty(URL_PROPERTY);
        if (url == null || url.isBlank()) {
            url = System.getenv(URL_ENV);
        }
        return url == null || url.isBlank() ? null : url;
    }

    /** The migration scripts of {@code kind}, in name order. */
    public static List<String> scripts(Kind kind) {
        URL dir = TestDatabases.class.getClassLoader().getResource("db/" + kind.folder());
        try (Stream<Path> s = Files.list(Path.of(dir.toURI()))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
