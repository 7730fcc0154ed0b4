package org.inspect.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.inspect.error.BadInputException;

/**
 * The city's settings: where its editable configuration files (standards, the reason word list, sampling plans,
 * fonts, document numbers, the campaign) and templates are. A file in the city's folder wins over the copy shipped
 * inside the jar. Found once by the composition root ({@code cli/}, from the environment) and given to the services
 * that read a setting; each file is read when a service needs it, so a command fails only on the files it uses.
 */
public record Settings(Path configDir, Path templatesDir) {

    /** Environment variable that names the config folder (else {@code ./config}). */
    public static final String CONFIG_ENV = "INSPECT_CONFIG";
    /** Environment variable that names the templates folder (else {@code ./templates}). */
    public static final String TEMPLATES_ENV = "INSPECT_TEMPLATES";

    public Settings {
        java.util.Objects.requireNonNull(configDir, "configDir");
        java.util.Objects.requireNonNull(templatesDir, "templatesDir");
    }

    /**
     * The folders {@code env} names ({@value #CONFIG_ENV}, {@value #TEMPLATES_ENV}), else {@code ./config} and
     * {@code ./templates}. The root passes the process's environment; nothing here reads it.
     */
    public static Settings of(Map<String, String> env) {
        return new Settings(dir(env.get(CONFIG_ENV), "config"), dir(env.get(TEMPLATES_ENV), "templates"));
    }

    private static Path dir(String v, String fallback) {
        return Path.of(v == null || v.isBlank() ? fallback : v);
    }

    /** The city's own copy of {@code config/<name>}, if it has one. */
    public Optional<Path> local(String name) {
        Path p = configDir.resolve(name);
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }

    /** Opens {@code config/<name>}: the city's copy, else the shipped one. */
    public InputStream open(String name) {
        return open(configDir, "config/", name);
    }

    /** Opens {@code templates/<name>}: the city's copy, else the shipped one. */
    public InputStream openTemplate(String name) {
        return open(templatesDir, "templates/", name);
    }

    /**
     * A templates folder that holds {@code names}: the city's when it holds every one of them, else their shipped
     * copies in a temporary folder (the document machinery reads templates from a folder).
     */
    public Path templatesWith(List<String> names) {
        if (names.stream().allMatch(n -> Files.isRegularFile(templatesDir.resolve(n)))) {
            return templatesDir;
        }
        try {
            Path tmp = Files.createTempDirectory("inspect-templates");
            tmp.toFile().deleteOnExit();
            for (String n : names) {
                try (InputStream in = openTemplate(n)) {
                    Path target = tmp.resolve(n);
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    target.toFile().deleteOnExit();
                }
            }
            return tmp;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the shipped templates: " + e.getMessage(), e);
        }
    }

    /**
     * The properties of {@code config/<name>} (UTF-8): the city's copy, else the shipped one; a file that cannot be
     * read is refused naming where it was read from.
     */
    public Properties properties(String name) {
        try (InputStream in = open(name)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new BadInputException(describe(name) + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** A short description of where {@code config/<name>} is read from, for messages. */
    public String describe(String name) {
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
        InputStream in = Settings.class.getClassLoader().getResourceAsStream(resourcePrefix + name);
        if (in == null) {
            throw new UncheckedIOException(new IOException("no " + p + " and no built-in " + resourcePrefix + name));
        }
        return in;
    }
}
