package org.inspect.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Places the database of a data folder elsewhere than the embedded default, when no URL is configured; found with
 * {@link java.util.ServiceLoader}. The toolkit ships none: the test suite registers one that gives every data
 * folder a database of its own on a PostgreSQL server, so that the same tests run on both databases.
 */
// public for ServiceLoader: the test suite's PostgreSQL locator implements it
public interface DatabaseLocator {

    /** The database of {@code dataDir} (absolute, normalised), or empty to leave it embedded. */
    Optional<DatabaseSettings> locate(Path dataDir);
}
