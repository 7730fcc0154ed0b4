package org.inspect.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.inspect.error.BadInputException;
import org.inspect.rules.internal.CriteriaFile;

/**
 * Recognises the blanket exclusion criteria of rules.md section 6 (clause 四（二）) in a county's free-text reason,
 * by the editable patterns of {@code config/exclusion-criteria.txt}. Lawful look-alikes ("无劳动能力", "没有轿车")
 * are blanked out first; criteria declared SOLE (labour capacity) count only when the reason gives no lawful
 * income or property ground beside them.
 */
public final class ExclusionCriteria {

    /** Classpath location of the shipped file (the integrator packages {@code config/} into the jar). */
    public static final String RESOURCE = "/config/exclusion-criteria.txt";

    private static final char BLANK = '\u3000';

    private final CriteriaFile.Parsed parsed;

    private ExclusionCriteria(CriteriaFile.Parsed parsed) {
        this.parsed = parsed;
    }

    /** Loads the patterns from a file (UTF-8). */
    public static ExclusionCriteria load(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new BadInputException("cannot read exclusion criteria " + file + ": " + e.getMessage(), e);
        }
    }

    /** Loads the shipped patterns from the classpath resource {@value #RESOURCE}. */
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

    /** Parses the lines of a criteria file; {@code source} names it in error messages. */
    public static ExclusionCriteria parse(List<String> lines, String source) {
        return new ExclusionCriteria(CriteriaFile.parse(lines, source));
    }

    /** The criteria the reason relies on, each with the words that matched, in order of appearance. */
    public List<CriterionMatch> find(String reason) {
        if (reason == null || reason.isBlank()) {
            return List.of();
        }
        String text = blankLawful(reason);
        boolean lawfulGround = parsed.grounds().stream().anyMatch(p -> p.matcher(text).find());
        List<CriterionMatch> found = new ArrayList<>();
        for (CriteriaFile.Entry e : parsed.entries()) {
            if (lawfulGround && parsed.sole().contains(e.criterion())) {
                continue;
            }
            Matcher m = e.pattern().matcher(text);
            while (m.find()) {
                if (m.end() > m.start() && !overlaps(found, e, m)) {
                    found.add(new CriterionMatch(e.criterion(), reason.substring(m.start(), m.end()), m.start(), m.end()));
                }
            }
        }
        found.sort(Comparator.comparingInt(CriterionMatch::start));
        return List.copyOf(found);
    }

    private static boolean overlaps(List<CriterionMatch> found, CriteriaFile.Entry e, Matcher m) {
        return found.stream().anyMatch(f -> f.criterion() == e.criterion() && f.start() < m.end() && m.start() < f.end());
    }

    private String blankLawful(String reason) {
        char[] chars = reason.toCharArray();
        for (Pattern p : parsed.lawful()) {
            Matcher m = p.matcher(reason);
            while (m.find()) {
                Arrays.fill(chars, m.start(), m.end(), BLANK);
            }
        }
        return new String(chars);
    }
}
