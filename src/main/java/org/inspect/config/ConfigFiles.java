package org.inspect.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The editable configuration files (standards, the reason word list, sampling plans, fonts, document
 * numbers) and templates: a file in the city's folder ({@code $INSPECT_CONFIG}, else {@code ./config}; for
 * templates {@code $INSPECT_TEMPLATES}, else {@code ./templates}) wins over the copy shipped inside the jar.
 */
public final class ConfigFiles {

    private ConfigFiles() {
    }

    /** The city's config folder. */
    public static Path configDir() {
        return dir("INSPECT_CONFIG", "config");
    }

    /** The city's templates folder. */
    public static Path templatesDir() {
        return dir("INSPECT_TEMPLATES", "templates");
    }

    private static Path dir(String env, String fallback) {
        String v = System.getenv(env);
        return Path.of(v == null || v.isBlank() ? fallback : v);
    }

    /** The city's own copy of {@code config/<name>}, if it has one. */
    public static Optional<Path> local(String name) {
        Path p = configDir().resolve(name);
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }

    /** Opens {@code config/<name>}: the city's copy, else the shipped one. */
    public static InputStream open(String name) {
        return open(configDir(), "config/", name);
    }

    /** Opens {@code templates/<name>}: the city's copy, else the shipped one. */
    public static InputStream openTemplate(String name) {
        return open(templatesDir(), "templates/", name);
    }

    /** A short description of where {@code config/<name>} is read from, for messages. */
    public static String describe(String name) {
        return local(name).map(Path::toString).orElse("(built-in) config/" + name);
    }

    private static InputStream open(Path dir, String resourcePrefix, String name) {
        Path p = dir.resolve(name);
        try {
            if (Files.isRegularFile(p)) {
                return Files.newInputStream(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
        InputStream in = ConfigFiles.class.getClassLoader().getResourceAsStream(resourcePrefix + name);
        if (in == null) {
            throw new UncheckedIOException(new IOException("no " + p + " and no built-in " + resourcePrefix + name));
        }
        return in;
    }
}
