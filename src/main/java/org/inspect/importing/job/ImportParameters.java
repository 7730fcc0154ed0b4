package org.inspect.importing.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Properties;

/** The import job's parameters, as the CLI passes them and the artifacts read them. */
public record ImportParameters(Path dir, String label, boolean skipInvalid, Path rejects, LocalDate referenceDate,
        int chunkSize) {

    /** Parameters with the default chunk size. */
    public ImportParameters(Path dir, String label, boolean skipInvalid, Path rejects, LocalDate referenceDate) {
        this(dir, label, skipInvalid, rejects, referenceDate, 1000);
    }

    static final String DIR = "dir";
    static final String LABEL = "snapshot";
    static final String SKIP_INVALID = "skipInvalid";
    static final String REJECTS = "rejects";
    static final String REFERENCE_DATE = "referenceDate";
    static final String CHUNK_SIZE = "chunkSize";

    public Properties toProperties() {
        Properties p = new Properties();
        p.setProperty(DIR, dir.toAbsolutePath().normalize().toString());
        p.setProperty(LABEL, label);
        p.setProperty(SKIP_INVALID, Boolean.toString(skipInvalid));
        p.setProperty(REJECTS, rejects.toAbsolutePath().normalize().toString());
        p.setProperty(REFERENCE_DATE, referenceDate.toString());
        p.setProperty(CHUNK_SIZE, Integer.toString(chunkSize));
        return p;
    }

    static ImportParameters of(Properties p) {
        return new ImportParameters(Path.of(p.getProperty(DIR)), p.getProperty(LABEL),
                Boolean.parseBoolean(p.getProperty(SKIP_INVALID)), Path.of(p.getProperty(REJECTS)),
                LocalDate.parse(p.getProperty(REFERENCE_DATE)),
                Integer.parseInt(p.getProperty(CHUNK_SIZE, "1000")));
    }
}
