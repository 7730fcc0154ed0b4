package org.inspect.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.inspect.error.BadInputException;
import org.inspect.rules.internal.ReasonParser;
import org.inspect.rules.internal.WordList;

/**
 * Reads a county's free-text refusal or termination reason and finds the blanket exclusion criteria of rules.md
 * section 6 (clause 四（二）) it relies on: by the structure of the sentence (clauses, who each is about, what it
 * says or denies, lawful grounds), with the words of the editable {@code config/reason-words.txt}.
 */
public final class ExclusionCriteria {

    /** Classpath location of the shipped word list (the build packages {@code config/} into the jar). */
    public static final String RESOURCE = "/config/reason-words.txt";

    /**
     * Readings already made, by reason text: a province's refusals repeat the same few hundred reasons, and the
     * check reads each household's reasons twice (its criteria, and what needs a person's reading). A reading is
     * immutable, so threads share it. Bounded: emptied when full.
     */
    private static final int READ_CACHE = 4096;
    private final Map<String, ReasonReading> readings = new ConcurrentHashMap<>();
    private final ReasonParser parser;

    private ExclusionCriteria(WordList words) {
        this.parser = new ReasonParser(words);
    }

    /** Loads the word list from a file (UTF-8). */
    public static ExclusionCriteria load(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new BadInputException("cannot read the reason word list " + file + ": " + e.getMessage(), e);
        }
    }

    /** Loads the shipped word list from the classpath resource {@value #RESOURCE}. */
    public static ExclusionCriteria fromClasspath() {
        return fromClasspath(ExclusionCriteria.class.getClassLoader());
    }

    /** Loads {@value #RESOURCE} through the given class loader. */
    public static ExclusionCriteria fromClasspath(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(RESOURCE.substring(1))) {
            if (in == null) {
                throw new BadInputException("classpath resource " + RESOURCE + " not found");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return parse(Arrays.asList(text.split("\\R", -1)), "classpath:" + RESOURCE);
        } catch (IOException e) {
            throw new BadInputException("cannot read classpath resource " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** Parses the lines of a word list; {@code source} names it in error messages. */
    public static ExclusionCriteria parse(List<String> lines, String source) {
        return new ExclusionCriteria(WordList.parse(lines, source));
    }

    /** How the reason reads: clauses, subjects, what is said or denied, criteria, lawful grounds. */
    public ReasonReading read(String reason) {
        if (reason == null) {
            return parser.read(null);
        }
        ReasonReading r = readings.get(reason);
        if (r == null) {
            r = parser.read(reason);
            if (readings.size() >= READ_CACHE) {
                readings.clear();
            }
            readings.put(reason, r);
        }
        return r;
    }

    /** The criteria the reason relies on, each with the words relied on, in order of appearance. */
    public List<CriterionMatch> find(String reason) {
        return read(reason).criteria();
    }
}
