package org.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.inspect.store.EntityProvider;
import org.inspect.store.internal.Orm;
import org.junit.jupiter.api.Test;

/**
 * The layering (no loop between features, no reach into another feature's internals or tables) and the absence of
 * static mutable state, read from the sources (run from the project folder).
 */
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
     * What only the CLI (and the coming web application) may read: the environment, the operating-system user and
     * the wall clock. A {@code now(clock)} with a given clock is fine, and so is measuring elapsed time
     * ({@code System.nanoTime}); {@code now()} and {@code now(ZoneId..)} read the wall clock.
     */
    private static final Pattern AMBIENT = Pattern.compile("System\\.getenv|System\\.getProperty\\(\"user\\.name\""
            + "|\\b(?:LocalDate|LocalDateTime|Instant|ZonedDateTime|OffsetDateTime|LocalTime|YearMonth|Year)"
            + "\\.now\\(\\s*(?:\\)|Zone)|Clock\\.system|System\\.currentTimeMillis|new (?:java\\.util\\.)?Date\\(\\)");

    /** Files below the CLI still allowed such a read, each with why. The list only shrinks: it is empty. */
    private static final Set<String> AMBIENT_LEFT = Set.of();

    @Test
    void nothingBelowTheCliReadsTheClockTheEnvironmentOrTheUser() throws IOException {
        assertEquals(List.of(), linesBelowTheRoots(AMBIENT, AMBIENT_LEFT));
    }

    /** Finding the settings rather than being given them: the static reader, or settings built from an environment. */
    private static final Pattern FINDS_SETTINGS = Pattern.compile("\\bConfigFiles\\b|\\bSettings\\.of\\(");

    /** Files below the roots still allowed to find the settings themselves, each with why. The list only shrinks: it is empty. */
    private static final Set<String> SETTINGS_FOUND_LEFT = Set.of();

    /**
     * The composition roots ({@code cli/}, {@code web/}) find the settings (the config and templates folders) once and
     * give them to the services, the jobs (through their {@code JobServices}) and the demo; nothing else reads the
     * config folder by a static way or builds the settings from an environment.
     */
    @Test
    void onlyTheRootsFindTheSettings() throws IOException {
        List<String> offenders = new ArrayList<>(linesBelowTheRoots(FINDS_SETTINGS, SETTINGS_FOUND_LEFT));
        offenders.removeIf(o -> o.startsWith("config/")); // the loader itself
        assertEquals(List.of(), offenders);
    }

    /**
     * The lines of code (comments left out) that {@code pattern} finds in the files below {@code cli/} and
     * {@code web/}, except the files {@code left}, as {@code file:line: text}.
     */
    private static List<String> linesBelowTheRoots(Pattern pattern, Set<String> left) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path f : javaFiles()) {
            String rel = rel(f);
            if (rel.startsWith("cli/") || rel.startsWith("web/") || left.contains(rel)) {
                continue;
            }
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String code = lines.get(i).replaceAll("//.*$", "");
                if (!code.strip().startsWith("*") && pattern.matcher(code).find()) {
                    found.add(rel + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        return found;
    }

    /**
     * The features' import graph has no loop. A node is a feature: the first package under {@code org.inspect}, with
     * its sub-packages ({@code x.internal}, {@code x.job}, {@code report.data}) counted as part of it, so an arrow
     * between a feature's face and its machinery is no loop but any arrow back between two features is. The strongly
     * connected components (Tarjan) of more than one feature are reported with their members.
     */
    @Test
    void theFeaturesImportEachOtherWithoutALoop() throws IOException {
        Map<String, Set<String>> graph = featureGraph();
        List<List<String>> loops = stronglyConnected(graph).stream().filter(c -> c.size() > 1).toList();
        assertEquals(List.of(), loops, "features in an import loop");
    }

    /** The storage layer imports no feature: features register their entities with it (store.EntityProvider). */
    @Test
    void theStoreImportsNoFeature() throws IOException {
        Set<String> below = Set.of("store", "error", "model", "config");
        Set<String> reached = new TreeSet<>(featureGraph().getOrDefault("store", Set.of()));
        reached.removeAll(below);
        assertEquals(Set.of(), reached);
    }

    /**
     * Imports of another feature's {@code internal} package, allowed for now. Each says why; the list only shrinks.
     */
    private static final Set<String> INTERNAL_IMPORTS_LEFT = Set.of(
            // LedgerReader.CellError belongs at the rectification root; rectification/ and cli/Rectify* are edited on
            // the chain and cli branches tonight, so the move waits for their merge
            "cli/RectifyImportCommand.java -> org.inspect.rectification.internal.LedgerReader");

    @Test
    void noFeatureImportsAnotherFeaturesInternals() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path f : javaFiles()) {
            String rel = rel(f);
            for (String imported : imports(f)) {
                String target = packageOf(imported);
                if ((target.contains(".internal") || target.endsWith("internal")) && !feature(target).equals(feature(rel))
                        && !INTERNAL_IMPORTS_LEFT.contains(rel + " -> " + imported)) {
                    offenders.add(rel + " -> " + imported);
                }
            }
        }
        assertEquals(List.of(), offenders);
    }

    /**
     * SQL that names another feature's table, allowed for now: bulk joins over a whole run that a key-by-key ask of
     * the roll's store would slow (the names of findings written before schema 7; the DIBAO cases terminated since the
     * earlier snapshot). They wait for a streaming join in the roll's store.
     */
    private static final Set<String> FOREIGN_TABLES_LEFT = Set.of("check/FindingStore.java member",
            "check/FindingStore.java obligor", "check/FindingStore.java registered_poor",
            "compare/CompareStore.java assistance_case");

    /**
     * Each table of the migrations belongs to exactly one feature (the one whose {@link EntityProvider} lists it), and
     * no other feature's SQL names it: it asks the owner's store. SQL is what a Java string literal (joined with the
     * literals around it) says after FROM, JOIN, INTO, UPDATE, TABLE or USING.
     */
    @Test
    void noFeatureNamesAnotherFeaturesTable() throws IOException {
        Map<String, String> owner = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (EntityProvider p : Orm.providers()) {
            for (String t : p.tables()) {
                String was = owner.put(t, feature(p.getClass().getPackageName().replace("org.inspect.", "")));
                if (was != null) {
                    problems.add(t + " owned twice");
                }
            }
        }
        Set<String> created = createdTables();
        if (!created.equals(owner.keySet())) {
            problems.add("created " + created + " but owned " + owner.keySet());
        }
        Pattern literal = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
        Pattern named = Pattern.compile("\\b(?:FROM|JOIN|INTO|UPDATE|TABLE|USING)\\s+(\\w+)");
        for (Path f : javaFiles()) {
            String rel = rel(f);
            String code = Files.readString(f, StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "")
                    .replaceAll("//[^\n]*", "");
            StringBuilder sql = new StringBuilder();
            Matcher m = literal.matcher(code);
            while (m.find()) {
                sql.append(m.group(1) != null ? m.group(1) : m.group(2)).append(' ');
            }
            Matcher t = named.matcher(sql);
            Set<String> seen = new TreeSet<>();
            while (t.find()) {
                String table = t.group(1).toLowerCase(java.util.Locale.ROOT);
                String own = owner.get(table);
                if (own != null && !own.equals(feature(rel)) && seen.add(table)
                        && !FOREIGN_TABLES_LEFT.contains(rel + " " + table)) {
                    problems.add(rel + " names " + table + " (" + own + "'s)");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /** The package map of docs/architecture.md names exactly the packages of the code, so it cannot drift. */
    @Test
    void theArchitectureDocumentMapsExactlyThePackages() throws IOException {
        String doc = Files.readString(Path.of("docs", "architecture.md"), StandardCharsets.UTF_8);
        int map = doc.indexOf("## Package map");
        int open = doc.indexOf("```", map);
        int close = doc.indexOf("```", open + 3);
        Set<String> listed = new TreeSet<>();
        for (String line : doc.substring(doc.indexOf('\n', open) + 1, close).split("\n")) {
            if (!line.isBlank()) {
                listed.add(line.strip().split("\\s+")[0]);
            }
        }
        Set<String> packages = new TreeSet<>();
        for (Path f : javaFiles()) {
            packages.add(SOURCES.relativize(f.getParent()).toString().replace('\\', '/').replace('/', '.'));
        }
        assertEquals(packages, listed);
    }

    /**
     * Package-private by default: a top-level type is {@code public} only if another package's main sources use it, or
     * if a framework needs it, said in a comment containing {@code public for} on the lines just above its declaration
     * (among its annotations and comments), e.g. {@code // public for JBeret, which loads artifacts by class name}.
     *
     * <p>Uses are found textually, outside comments and string literals, in the main Java sources of every other
     * package: the type's fully qualified name (an import, a static import of a member, or a qualified use in the
     * code), or its simple name as a word in a file that imports the type's package with a wildcard. Tests do not
     * count, in the type's package or another: a test that needs a type of another package goes through its public
     * face or lives in the type's package. Names a framework reads (batch job XML, {@code META-INF/services}, jte
     * templates, picocli, Hibernate) do not count either: they are what the marker is for, so the reason is written
     * where the type is. Nor does a use without the name: a value another package gets from one public method and
     * hands to another ({@code Sampler.draw(HouseholdFrame.of(..))}); such a type says so with the same marker, since a
     * public method whose signature names a type its callers cannot see reads as a mistake.
     */
    /**
     * Public types that neither another package uses nor carry their marker yet, each with why. The list only shrinks: it is empty.
     */
    private static final Set<String> PUBLIC_LEFT = Set.of();

    @Test
    void aTypeIsPublicOnlyIfAnotherPackageUsesItOrAFrameworkNeedsIt() throws IOException {
        Map<Path, String> code = new HashMap<>();
        for (Path f : javaFiles()) {
            code.put(f, codeOnly(Files.readString(f, StandardCharsets.UTF_8)));
        }
        List<String> offenders = new ArrayList<>();
        for (Path f : javaFiles()) {
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                Matcher d = PUBLIC_TOP_LEVEL.matcher(lines.get(i));
                if (!d.find() || markedPublicFor(lines, i) || PUBLIC_LEFT.contains(rel(f).replace(".java", ""))) {
                    continue;
                }
                String pkg = rel(f.getParent()).replace('/', '.');
                String type = d.group(1);
                Pattern qualified = Pattern.compile("\\borg\\.inspect\\." + Pattern.quote(pkg + "." + type) + "\\b");
                Pattern wildcard = Pattern.compile("\\bimport\\s+org\\.inspect\\." + Pattern.quote(pkg) + "\\.\\*\\s*;");
                Pattern simple = Pattern.compile("(?<![\\w.])" + Pattern.quote(type) + "\\b");
                boolean used = code.entrySet().stream()
                        .filter(e -> !e.getKey().getParent().equals(f.getParent()))
                        .map(Map.Entry::getValue)
                        .anyMatch(c -> qualified.matcher(c).find()
                                || wildcard.matcher(c).find() && simple.matcher(c).find());
                if (!used) {
                    offenders.add(rel(f) + ":" + (i + 1) + ": " + type);
                }
            }
        }
        assertEquals(List.of(), offenders, "public types no other package uses (make them package-private, or say "
                + "'// public for <framework>, which ...' above them)");
    }

    /** A top-level public type's declaration, at the start of its line: its name. */
    private static final Pattern PUBLIC_TOP_LEVEL = Pattern.compile("^(?:@\\w+(?:\\([^)]*\\))?\\s+)*public\\s+"
            + "(?:(?:abstract|final|sealed|non-sealed|strictfp)\\s+)*(?:class|interface|enum|record|@interface)\\s+(\\w+)");

    /**
     * Whether the lines right above line {@code at} (its Javadoc, comments and annotations: up to a blank line or an
     * import) have a comment that says {@code public for}.
     */
    private static boolean markedPublicFor(List<String> lines, int at) {
        for (int i = at - 1; i >= 0; i--) {
            String l = lines.get(i).strip();
            if (l.isEmpty() || l.startsWith("import ") || l.startsWith("package ")) {
                return false;
            }
            if ((l.startsWith("//") || l.startsWith("/*") || l.startsWith("*")) && l.contains("public for")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A source's code: its comments become a space, the contents of its string, character and text-block literals
     * go; the rest is kept as it was.
     */
    static String codeOnly(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                int eol = source.indexOf('\n', i);
                i = eol < 0 ? n : eol;
                out.append(' ');
            } else if (source.startsWith("/*", i)) {
                int close = source.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
                out.append(' ');
            } else if (source.startsWith("\"\"\"", i)) {
                int close = source.indexOf("\"\"\"", i + 3);
                i = close < 0 ? n : close + 3;
                out.append("\"\"");
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
                out.append(c).append(c);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Feature → the features its files import (see {@link #theFeaturesImportEachOtherWithoutALoop}). */
    static Map<String, Set<String>> featureGraph() throws IOException {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (Path f : javaFiles()) {
            String from = feature(rel(f));
            graph.computeIfAbsent(from, k -> new TreeSet<>());
            for (String imported : imports(f)) {
                String to = feature(packageOf(imported));
                if (!to.equals(from)) {
                    graph.get(from).add(to);
                }
            }
        }
        return graph;
    }

    /** Tarjan's strongly connected components. */
    static List<List<String>> stronglyConnected(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new HashSet<>();
        List<List<String>> out = new ArrayList<>();
        for (String v : graph.keySet()) {
            if (!index.containsKey(v)) {
                connect(v, graph, index, low, stack, onStack, out);
            }
        }
        return out;
    }

    private static void connect(String v, Map<String, Set<String>> graph, Map<String, Integer> index,
            Map<String, Integer> low, Deque<String> stack, Set<String> onStack, List<List<String>> out) {
        index.put(v, index.size());
        low.put(v, index.get(v));
        stack.push(v);
        onStack.add(v);
        for (String w : graph.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                connect(w, graph, index, low, stack, onStack, out);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            List<String> component = new ArrayList<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            Collections.sort(component);
            out.add(component);
        }
    }

    private static Set<String> createdTables() throws IOException {
        Pattern create = Pattern.compile("CREATE\\s+(?:CACHED\\s+)?TABLE\\s+(\\w+)", Pattern.CASE_INSENSITIVE);
        Set<String> out = new TreeSet<>();
        try (Stream<Path> s = Files.walk(Path.of("src", "main", "resources", "db"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".sql")).toList()) {
                Matcher m = create.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    out.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return out;
    }

    /**
     * The org.inspect types a file uses by name outside comments: its imports (static ones by their class) and any
     * fully qualified use in the code ({@code new org.inspect.x.Y(..)}), as {@code org.inspect.a.b.Type}.
     */
    private static List<String> imports(Path f) throws IOException {
        String code = Files.readString(f, StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "")
                .replaceAll("(?m)//.*$", "");
        List<String> out = new ArrayList<>();
        Matcher m = USED.matcher(code);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static final Pattern USED = Pattern.compile("\\b(org\\.inspect\\.(?:[a-z]\\w*\\.)+[A-Z]\\w*)");

    /** The package of an imported name: its leading lower-case segments, without {@code org.inspect.}. */
    private static String packageOf(String imported) {
        List<String> parts = new ArrayList<>();
        for (String p : imported.substring("org.inspect.".length()).split("\\.")) {
            if (!Character.isLowerCase(p.charAt(0))) {
                break;
            }
            parts.add(p);
        }
        return String.join(".", parts);
    }

    /** The feature of a package ({@code a.b}) or of a relative file ({@code a/b/C.java}): its first segment. */
    private static String feature(String packageOrFile) {
        return packageOrFile.split("[./]")[0];
    }

    private static String rel(Path f) {
        return SOURCES.relativize(f).toString().replace('\\', '/');
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> s = Files.walk(SOURCES)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
