package org.inspect.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inspect.error.BadInputException;
import org.inspect.model.Standard;
import org.inspect.model.StandardSource;
import org.inspect.model.Standards;

/**
 * The rows of a standards table, keyed by county and item, each with the file and line it was read from. A data
 * folder's {@code standards.csv} takes over every item it gives ({@link #overriddenBy}).
 */
public final class StandardsTable {

    /** Classpath location of the shipped defaults ({@code config/standards.csv} packaged into the jar). */
    public static final String DEFAULTS_RESOURCE = "/config/standards.csv";

    private final Map<String, Standard> rows = new LinkedHashMap<>();

    public StandardsTable(List<Standard> standards) {
        standards.forEach(this::put);
    }

    /** The name the shipped defaults are cited by, wherever they were read from. */
    public static final String SHIPPED_NAME = "config/standards.csv";

    /**
     * Reads a standards file of shipped defaults (CSV or xlsx); any error in it is a {@link BadInputException}
     * naming it. Its rows are cited as {@value #SHIPPED_NAME}, line N.
     */
    public static StandardsTable load(Path file) {
        return load(file, true, SHIPPED_NAME);
    }

    /** Reads a standards file whose rows are cited as {@code citedAs}, line N ({@code shipped}: a default). */
    public static StandardsTable load(Path file, boolean shipped, String citedAs) {
        List<Standard> rows = new ArrayList<>();
        try (RowSource source = RowSources.open(file, RollFile.STANDARDS, null)) {
            for (ParsedRow row = source.next(); row != null; row = source.next()) {
                if (!row.valid()) {
                    throw new BadInputException(row.errors().get(0).format());
                }
                rows.add(row.as(Standard.class).from(new StandardSource(shipped, citedAs, row.line())));
            }
            if (!source.fileErrors().isEmpty()) {
                throw new BadInputException(source.fileErrors().get(0).format());
            }
        }
        return new StandardsTable(rows);
    }

    /** The shipped defaults from the classpath resource {@value #DEFAULTS_RESOURCE}. */
    public static StandardsTable defaults() {
        try (InputStream in = StandardsTable.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
            if (in == null) {
                throw new BadInputException("the shipped standards " + DEFAULTS_RESOURCE + " are not on the classpath");
            }
            Path tmp = Files.createTempFile("standards", ".csv");
            try {
                Files.copy(in, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                return load(tmp);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void put(Standard s) {
        rows.put(s.countyCode() + '|' + s.item(), s);
    }

    /**
     * These rows with {@code overrides} (a data folder's standards file) taking over every item they give: a
     * value the folder gives for an item, for a county or city-wide ({@code *}), outranks every shipped value of
     * that item, so the shipped rows fill only the items the folder does not give. (Row by row, a shipped county
     * row would beat the folder's city-wide value, and the check would use a standard nobody reading the folder
     * expects: issue 12.)
     */
    public StandardsTable overriddenBy(List<Standard> overrides) {
        Set<String> given = new HashSet<>();
        overrides.forEach(o -> given.add(o.item()));
        List<Standard> kept = new ArrayList<>();
        for (Standard s : rows.values()) {
            if (!given.contains(s.item())) {
                kept.add(s);
            }
        }
        StandardsTable t = new StandardsTable(kept);
        overrides.forEach(t::put);
        return t;
    }

    public List<Standard> rows() {
        return Collections.unmodifiableList(new ArrayList<>(rows.values()));
    }

    /** The lookup (county row first, then {@code *}). */
    public Standards standards() {
        return new Standards(rows.values());
    }
}
