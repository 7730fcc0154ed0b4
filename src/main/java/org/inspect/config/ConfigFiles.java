package org.inspect.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The one static way left to the city's config folder, for {@code importing/job/ImportValidateBatchlet} only:
 * {@code importing/} is being reworked on another branch, and reads its {@link Settings} from its job services once
 * that is merged; then this class goes. Everything else is given a {@link Settings}.
 */
public final class ConfigFiles {

    private ConfigFiles() {
    }

    /** The city's own copy of {@code config/<name>}, if it has one ({@link Settings#local}). */
    public static Optional<Path> local(String name) {
        return Settings.of(System.getenv()).local(name);
    }
}
