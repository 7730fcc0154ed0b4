package org.inspect.testing;

import java.util.Map;
import org.inspect.config.Settings;

/** The settings tests give services: the project's own {@code config/} and {@code templates/} folders. */
public final class TestSettings {

    /** {@code ./config} and {@code ./templates} (the suite runs from the project folder), whatever the environment. */
    public static final Settings PROJECT = Settings.of(Map.of());

    private TestSettings() {
    }
}
