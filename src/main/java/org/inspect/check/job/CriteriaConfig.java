package org.inspect.check.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.inspect.config.Settings;
import org.inspect.error.BadInputException;
import org.inspect.rules.ExclusionCriteria;

/**
 * The reader's word list: the city's {@code config/reason-words.txt}, else the shipped copy. A check run reads the
 * file once, when it is created, and keeps its content with the run ({@link #parse}): its partitions and a restart
 * read reasons with exactly that list.
 */
public final class CriteriaConfig {

    static final String FILE = "reason-words.txt";

    private CriteriaConfig() {
    }

    /** The word list of {@code settings}' config folder, else the shipped one. */
    public static ExclusionCriteria load(Settings settings) {
        return settings.local(FILE).map(ExclusionCriteria::load).orElseGet(ExclusionCriteria::fromClasspath);
    }

    /** The text of the file a new check run uses (validated by parsing it, so a broken file stops the command). */
    public static String text(Settings settings) {
        Optional<Path> local = settings.local(FILE);
        String text;
        try {
            if (local.isPresent()) {
                text = Files.readString(local.get(), StandardCharsets.UTF_8);
            } else {
                try (InputStream in = CriteriaConfig.class.getClassLoader()
                        .getResourceAsStream(ExclusionCriteria.RESOURCE.substring(1))) {
                    if (in == null) {
                        throw new BadInputException("classpath resource " + ExclusionCriteria.RESOURCE + " not found");
                    }
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        parse(text, local.map(Path::toString).orElse("classpath:" + ExclusionCriteria.RESOURCE));
        return text;
    }

    /** The word list of a stored criteria text; {@code source} names it in error messages. */
    public static ExclusionCriteria parse(String text, String source) {
        return ExclusionCriteria.parse(Arrays.asList(text.split("\\R", -1)), source);
    }

    /** The word list a check run keeps; a run made before schema 7 kept none and reads the file as before. */
    static ExclusionCriteria ofRun(org.inspect.store.Database db, Settings settings, long runId) {
        org.inspect.check.CheckRunStore.Criteria c = new org.inspect.check.CheckRunStore(db).criteria(runId);
        return c.text() == null ? load(settings)
                : parse(c.text(), "check run " + runId + " (sha256 " + c.sha256() + ")");
    }

    /** Where the word list is read from, for messages. */
    public static String describe(Settings settings) {
        return settings.describe(FILE);
    }
}
