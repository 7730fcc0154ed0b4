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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * SQL lives only in the stores (issue 10), read from the sources (run from the project folder). A store is a
 * class of {@code org.inspect.store} (or its {@code internal}) or a class whose name ends in {@code Store}; any
 * other class with an SQL statement in a string literal is an offender.
 */
class StoresTest {

    private static final Path SOURCES = Path.of("src", "main", "java", "org", "inspect");

    /** What a literal starts with when it is (the beginning of) an SQL statement. */
    private static final List<String> STATEMENT_STARTS = List.of("SELECT ", "INSERT INTO", "UPDATE ", "DELETE FROM",
            "CREATE ", "ALTER ", "COPY ");

    /** Files outside the stores that may still hold SQL while it is being moved: none left. */
    private static final Set<String> SQL_LEFT = Set.of();

    @Test
    void onlyStoresContainSql() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path f : javaFiles()) {
            String rel = SOURCES.relativize(f).toString().replace('\\', '/');
            if (isStore(rel) || SQL_LEFT.contains(rel)) {
                continue;
            }
            for (Literal l : literals(Files.readString(f, StandardCharsets.UTF_8))) {
                if (isSql(l.text())) {
                    offenders.add(rel + ":" + l.line() + ": \"" + l.text() + "\"");
                }
            }
        }
        assertEquals(List.of(), offenders);
    }

    /** The allow-list names files that still hold SQL: an entry whose SQL has moved is taken off it. */
    @Test
    void theAllowListHasNoStaleEntry() throws IOException {
        for (String rel : SQL_LEFT) {
            Path f = SOURCES.resolve(rel);
            assertTrue(Files.exists(f), rel + " is gone: take it off SQL_LEFT");
            assertTrue(literals(Files.readString(f, StandardCharsets.UTF_8)).stream().anyMatch(l -> isSql(l.text())),
                    rel + " holds no SQL any more: take it off SQL_LEFT");
        }
    }

    /** The scanner itself: it finds SQL in literals and text blocks, and nowhere else. */
    @Test
    void theScannerSeesLiteralsOnly() {
        String source = """
                // "SELECT x FROM comment"
                /* "DELETE FROM comment" */
                class A {
                    char q = '"';
                    String a = "a \\" quote, then SELECT id FROM t";
                    String b = "UPDATE t SET x = 1";
                    String c = \"""
                            INSERT INTO t VALUES (1)\""";
                    String d = "Update the README";
                }
                """;
        List<String> sql = literals(source).stream().filter(l -> isSql(l.text()))
                .map(l -> l.line() + ":" + l.text().strip()).toList();
        assertEquals(List.of("5:a \\\" quote, then SELECT id FROM t", "6:UPDATE t SET x = 1",
                "7:INSERT INTO t VALUES (1)"), sql);
    }

    private static boolean isStore(String rel) {
        return rel.startsWith("store/") || rel.endsWith("Store.java");
    }

    private static boolean isSql(String literal) {
        String text = literal.stripLeading();
        return STATEMENT_STARTS.stream().anyMatch(text::startsWith) || literal.contains("SELECT ");
    }

    /** A string literal (or text block) of a source, as written between its quotes, and the line it starts on. */
    private record Literal(int line, String text) {
    }

    /** The string literals and text blocks of a Java source, skipping comments and character literals. */
    private static List<Literal> literals(String s) {
        List<Literal> out = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < s.length()) {
            char ch = s.charAt(i);
            if (ch == '\n') {
                line++;
                i++;
            } else if (s.startsWith("//", i)) {
                i = s.indexOf('\n', i) < 0 ? s.length() : s.indexOf('\n', i);
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? s.length() : end + 2;
                line += count(s, i, end);
                i = end;
            } else if (s.startsWith("\"\"\"", i)) {
                int end = closing(s, i + 3, "\"\"\"");
                out.add(new Literal(line, s.substring(i + 3, end)));
                line += count(s, i, end);
                i = Math.min(s.length(), end + 3);
            } else if (ch == '"') {
                int end = closing(s, i + 1, "\"");
                out.add(new Literal(line, s.substring(i + 1, end)));
                i = Math.min(s.length(), end + 1);
            } else if (ch == '\'') {
                i = Math.min(s.length(), closing(s, i + 1, "'") + 1);
            } else {
                i++;
            }
        }
        return out;
    }

    /** Where the unescaped {@code quote} that closes a literal opened before {@code from} is. */
    private static int closing(String s, int from, String quote) {
        int i = from;
        while (i < s.length() && !s.startsWith(quote, i)) {
            i += s.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i, s.length());
    }

    private static int count(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> s = Files.walk(SOURCES)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
