package org.inspect.report.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.inspect.error.ConflictException;
import org.inspect.report.Manifest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issued documents that appear only with their records: written into a hidden staging folder beside their place,
 * recorded (hashed from the staged copies) in one transaction, and moved into place only when that transaction has
 * committed; when it fails, the staged copies are deleted and nothing appears. A document whose record is rolled back
 * would otherwise lie in the folder as issued, and the next issue would refuse to write over it or number it again.
 */
final class Staging {

    private static final Logger LOG = LoggerFactory.getLogger(Staging.class);

    private Staging() {
    }

    /**
     * Writes the documents with {@code write} (given the staging folder, returning the files it wrote), records
     * them with {@code record} (given each document's place and staged copy; it commits or throws), then moves them
     * into {@code dir} and records them in its manifest. Returns the documents' places in {@code dir}.
     */
    static List<Path> commit(Path dir, Function<Path, List<Path>> write, Consumer<List<Staged>> record) {
        Path staging;
        try {
            Files.createDirectories(dir);
            staging = Files.createTempDirectory(dir, ".issuing-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write into " + dir, e);
        }
        try {
            List<Staged> staged = new ArrayList<>();
            for (Path f : write.apply(staging)) {
                staged.add(new Staged(dir.resolve(f.getFileName().toString()), f));
            }
            for (Staged s : staged) {
                if (Files.exists(s.target())) {
                    throw new ConflictException("will not overwrite " + s.target() + ": an issued document is never "
                            + "rewritten; give another --out").localized("notices.wouldOverwrite", s.target());
                }
            }
            record.accept(staged);
            List<Path> placed = new ArrayList<>();
            for (Staged s : staged) {
                move(s);
                placed.add(s.target());
            }
            Manifest.record(dir, placed);
            return placed;
        } finally {
            delete(staging);
        }
    }

    private static void move(Staged s) {
        try {
            Files.move(s.content(), s.target(), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("the documents are recorded but could not be moved into place: "
                    + s.content() + " -> " + s.target(), e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warn("cannot delete the staging folder {}: {}", dir, e.toString());
        }
    }
}
