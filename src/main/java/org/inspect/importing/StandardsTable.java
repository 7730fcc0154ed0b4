package org.inspect.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inspect.error.BadInputException;
import org.inspect.model.Standard;
import org.inspect.model.Standards;

/**
 * The rows of a standards table, keyed by county and item, so that a data folder's {@code standards.csv}
 * can replace the shipped defaults row by row.
 */
public final class StandardsTable {

    /** Classpath location of the shipped defaults ({@code config/standards.csv} packaged into the jar). */
    public static final String DEFAULTS_RESOURCE = "/config/standards.csv";

    private final Map<String, Standard> rows = new LinkedHashMap<>();

    public StandardsTable(List<Standard> standards) {
        standards.forEach(this::put);
    }

    /** Reads a standards file (CSV or xlsx); any error in it is a {@link BadInputException} naming it. */
    public static StandardsTable load(Path file) {
        List<Standard> rows = new ArrayList<>();
        try (RowSource source = RowSources.open(file, RollFile.STANDARDS, null)) {
            for (ParsedRow row = source.next(); row != null; row = source.next()) {
                if (!row.valid()) {
                    throw new BadInputException(row.errors().get(0).format());
                }
                rows.add(row.as(Standard.class));
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

    /** These rows with {@code overrides} replacing the rows of the same county and item. */
    public StandardsTable overriddenBy(List<Standard> overrides) {
        StandardsTable t = new StandardsTable(rows());
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
