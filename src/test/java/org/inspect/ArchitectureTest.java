package org.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> s = Files.walk(SOURCES)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
