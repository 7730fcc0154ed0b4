package org.inspect.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Compares the files of a folder (and the folders below it) with the register of issued documents, which keeps the
 * hash each document had when it was issued: a manifest beside the files can be rewritten with them, the register
 * cannot (it is append-only). A file is looked up by its path as registered, else by its name (a folder copied or
 * moved elsewhere); a file the register does not know is left to the manifest.
 */
public final class RegisterCheck {

    private RegisterCheck() {
    }

    /**
     * A file that differs from the register: ALTERED (its hash is not the registered one) or MISSING; or a register
     * row that is not as it was registered (FORGED: the rectification chain's event attesting it hashed other
     * fields, or none attests a row registered after the chain began to attest them).
     */
    public record Difference(Path file, String problem, String registered, String now) {
        public static final String ALTERED = "ALTERED";
        public static final String MISSING = "MISSING";
        public static final String FORGED = "FORGED";
    }

    /**
     * {@link #check(List, Path)}, and each register row against the chain's attestation of it
     * ({@code attested}: subject → hashes, from {@code RectificationStore.attestations}): a row updated beside a
     * changed file, which the file check alone passes, is named.
     */
    public static Result check(List<RegisterStore.Entry> entries, Map<String, Set<String>> attested, Path dir) {
        Result files = check(entries, dir);
        long firstAttested = entries.stream().filter(e -> attested.containsKey(RegisterStore.subject(e.id())))
                .mapToLong(RegisterStore.Entry::id).min().orElse(Long.MAX_VALUE);
        List<Difference> out = new ArrayList<>(files.differences());
        Path root = dir.toAbsolutePath().normalize();
        Set<String> names = new HashSet<>();
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(Files::isRegularFile).forEach(p -> names.add(p.getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
        }
        for (RegisterStore.Entry e : entries) {
            // the rows of this folder's documents: by path as registered, or by name (a folder copied elsewhere)
            if (!Path.of(e.filePath()).startsWith(root) && !names.contains(e.fileName())) {
                continue;
            }
            Set<String> hashes = attested.get(RegisterStore.subject(e.id()));
            boolean covered = e.id() >= firstAttested || hashes != null;
            if (covered && (hashes == null || !hashes.contains(RegisterStore.attestation(e)))) {
                out.add(new Difference(Path.of(e.filePath()), Difference.FORGED, e.sha256(), null));
            }
        }
        return new Result(files.matched(), out);
    }

    /** What the check found: the files that matched the register, and those that differ. */
    public record Result(int matched, List<Difference> differences) {
    }

    public static Result check(List<RegisterStore.Entry> entries, Path dir) {
        Path root = dir.toAbsolutePath().normalize();
        Map<String, RegisterStore.Entry> byPath = new HashMap<>();
        Map<String, Set<String>> byName = new HashMap<>();
        for (RegisterStore.Entry e : entries) {
            byPath.put(e.filePath(), e); // the newest entry of a path wins (a report written again)
            byName.computeIfAbsent(e.fileName(), k -> new HashSet<>()).add(e.sha256());
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals(Manifest.FILE))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
        }
        int matched = 0;
        List<Difference> out = new ArrayList<>();
        for (Path f : files) {
            RegisterStore.Entry same = byPath.get(f.toString());
            Set<String> known = same != null ? Set.of(same.sha256()) : byName.get(f.getFileName().toString());
            if (known == null) {
                continue;
            }
            String now = Manifest.sha256(f);
            if (known.contains(now)) {
                matched++;
            } else {
                out.add(new Difference(f, Difference.ALTERED, same != null ? same.sha256()
                        : String.join(", ", new java.util.TreeSet<>(known)), now));
            }
        }
        new java.util.TreeMap<>(byPath).forEach((path, e) -> {
            Path p = Path.of(path);
            if (p.startsWith(root) && !Files.exists(p)) {
                out.add(new Difference(p, Difference.MISSING, e.sha256(), null));
            }
        });
        return new Result(matched, out);
    }
}
