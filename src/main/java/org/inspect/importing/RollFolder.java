package org.inspect.importing;

import org.inspect.importing.internal.Texts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.inspect.error.BadInputException;

/**
 * Which interchange files a data folder holds, each as {@code .csv} or {@code .xlsx} (names matched
 * ignoring case). A file given both ways is a conflict: it is reported and neither is read.
 */
public final class RollFolder {

    private final Path dir;
    private final Map<RollFile, Path> files = new EnumMap<>(RollFile.class);
    private final List<RowError> conflicts = new ArrayList<>();

    private RollFolder(Path dir) {
        this.dir = dir;
    }

    /** @throws BadInputException when {@code dir} is not a readable folder */
    public static RollFolder scan(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(Texts.get("folder.missing", dir));
        }
        RollFolder folder = new RollFolder(dir);
        Map<RollFile, List<Path>> found = new EnumMap<>(RollFile.class);
        try (Stream<Path> list = Files.list(dir)) {
            list.filter(Files::isRegularFile).sorted().forEach(p -> kindOf(p).ifPresent(
                    k -> found.computeIfAbsent(k, x -> new ArrayList<>()).add(p)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        found.forEach((kind, paths) -> {
            if (paths.size() == 1) {
                folder.files.put(kind, paths.get(0));
            } else {
                folder.conflicts.add(RowError.ofFile(paths.get(0).getFileName().toString(), Texts.get("file.both",
                        paths.get(0).getFileName(), paths.get(1).getFileName())));
            }
        });
        return folder;
    }

    private static Optional<RollFile> kindOf(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        for (RollFile f : RollFile.values()) {
            if (name.equals(f.baseName() + ".csv") || name.equals(f.baseName() + ".xlsx")) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    public Path dir() {
        return dir;
    }

    /** The file of this kind, if the folder has exactly one. */
    public Optional<Path> file(RollFile f) {
        return Optional.ofNullable(files.get(f));
    }

    /** Whether the folder holds this file both as .csv and .xlsx. */
    public boolean conflicting(RollFile f) {
        return conflicts.stream().anyMatch(e -> kindOf(Path.of(e.file())).orElse(null) == f);
    }

    /** One file-level error per file given both as .csv and .xlsx. */
    public List<RowError> conflicts() {
        return Collections.unmodifiableList(conflicts);
    }
}
