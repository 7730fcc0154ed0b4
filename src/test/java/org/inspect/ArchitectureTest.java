package org.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The layering and the absence of static mutable state, read from the sources (run from the project folder). */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src", "main", "java", "org", "inspect");

    /** A static field that is not final: {@code static Foo foo =} or {@code static volatile Foo foo;}. */
    private static final Pattern STATIC_MUTABLE = Pattern.compile(
            "^\\s*(?:(?:private|protected|public)\\s+)?static\\s+(?!final\\b)(?:volatile\\s+|transient\\s+)*"
                    + "[\\w<>\\[\\]?,. ]+\\s+\\w+\\s*(?:=|;)");

    /** Files allowed a static mutable field: none (the ORM's entity registry went with the storage rewrite). */
    private static final Set<String> STATIC_STATE_LEFT = Set.of();

    @Test
    void nothingBelowTheCliImportsTheCli() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path f : javaFiles()) {
            String rel = SOURCES.relativize(f).toString().replace('\\', '/');
            if (!rel.startsWith("cli/") && Files.readString(f, StandardCharsets.UTF_8).contains("import org.inspect.cli")) {
                offenders.add(rel);
            }
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void noClassKeepsStaticMutableState() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path f : javaFiles()) {
            String rel = SOURCES.relativize(f).toString().replace('\\', '/');
            if (STATIC_STATE_LEFT.contains(rel)) {
                continue;
            }
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (STATIC_MUTABLE.matcher(lines.get(i)).find()) {
                    offenders.add(rel + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertEquals(List.of(), offenders);
    }

    /**
     * The entity classes the features own (their {@code internal} packages) are listed by the store's Orm: they
     * import nothing of the toolkit, so that the store depends on them without a cycle through the features.
     */
    @Test
    void featureEntitiesImportNothingOfTheToolkit() throws IOException {
        List<String> offenders = new ArrayList<>();
        int entities = 0;
        for (Path f : javaFiles()) {
            String rel = SOURCES.relativize(f).toString().replace('\\', '/');
            if (rel.startsWith("store/") || !rel.contains("/internal/") || !rel.endsWith("Entity.java")) {
                continue;
            }
            entities++;
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                if (line.startsWith("import org.inspect.") || line.startsWith("import static org.inspect.")) {
                    offenders.add(rel + ": " + line);
                }
            }
        }
        assertEquals(List.of(), offenders);
        assertTrue(entities >= 9, "found only " + entities + " entity classes of the features");
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> s = Files.walk(SOURCES)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
