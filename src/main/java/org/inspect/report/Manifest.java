package org.inspect.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.inspect.error.BadInputException;

/**
 * The integrity manifest of a folder of generated PDFs: {@code manifest.sha256}, one line per file in the format
 * of {@code sha256sum} ({@code <hex>  <name>}), so that {@code sha256sum -c manifest.sha256} checks it too.
 */
public final class Manifest {

    public static final String FILE = "manifest.sha256";

    private Manifest() {
    }

    /** What {@link #verify} found: files whose hash differs, files listed but absent, PDFs present but not listed. */
    public record Verification(Path dir, List<String> altered, List<String> missing, List<String> extra) {

        public boolean intact() {
            return altered.isEmpty() && missing.isEmpty() && extra.isEmpty();
        }
    }

    /** Adds or replaces the entries of {@code files} (all in {@code dir}) and keeps the others. */
    public static Path record(Path dir, List<Path> files) {
        Map<String, String> entries = read(dir);
        for (Path f : files) {
            entries.put(f.getFileName().toString(), sha256(f));
        }
        StringBuilder out = new StringBuilder();
        entries.forEach((name, hash) -> out.append(hash).append("  ").append(name).append('\n'));
        Path manifest = dir.resolve(FILE);
        try {
            Files.writeString(manifest, out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + manifest, e);
        }
        return manifest;
    }

    /** Compares the PDFs in {@code dir} with its manifest. */
    public static Verification verify(Path dir) {
        if (!Files.isReadable(dir.resolve(FILE))) {
            throw new BadInputException(dir.resolve(FILE) + ": no manifest; documents written by inspect have one");
        }
        Map<String, String> entries = read(dir);
        List<String> altered = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        entries.forEach((name, hash) -> {
            Path f = dir.resolve(name);
            if (!Files.exists(f)) {
                missing.add(name);
            } else if (!sha256(f).equals(hash)) {
                altered.add(name);
            }
        });
        List<String> extra = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.toLowerCase().endsWith(".pdf"))
                    .filter(n -> !entries.containsKey(n)).sorted().forEach(extra::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        return new Verification(dir, altered, missing, extra);
    }

    private static Map<String, String> read(Path dir) {
        Map<String, String> entries = new TreeMap<>();
        Path manifest = dir.resolve(FILE);
        if (!Files.exists(manifest)) {
            return entries;
        }
        try {
            List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank()) {
                    continue;
                }
                if (!line.matches("[0-9a-f]{64} [ *].+")) {
                    throw new BadInputException(manifest + ":" + (i + 1) + ": expected '<sha256>  <file>', found " + line);
                }
                entries.put(line.substring(66), line.substring(0, 64));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + manifest, e);
        }
        return entries;
    }

    /** The SHA-256 of a file in lower-case hex. */
    public static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
