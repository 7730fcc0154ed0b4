package org.inspect.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.inspect.demo.internal.CityWriter;

/**
 * Writes a synthetic Tai'an in the interchange format, with planted anomalies and their answer key.
 * Same options, same bytes.
 */
public final class DemoCity {

    /** File name of the answer key that {@link #write(Path, DemoOptions)} puts beside the data folder. */
    public static final String ANSWER_KEY = "planted.csv";

    private DemoCity() {
    }

    /**
     * Writes the interchange files into {@code inputDir} (created if missing) and the answer key to
     * {@code answerKey}: one row per finding the check job must produce (rule, criterion, household_id,
     * case_id, id_number, as the findings export of rules.md section 6 keys it).
     *
     * @throws IllegalArgumentException when the answer key would land inside the data folder
     * @throws UncheckedIOException when a file cannot be written
     */
    public static DemoSummary write(Path inputDir, Path answerKey, DemoOptions options) {
        Path dir = inputDir.toAbsolutePath().normalize();
        Path key = answerKey.toAbsolutePath().normalize();
        if (key.getParent() != null && key.getParent().equals(dir)) {
            throw new IllegalArgumentException("the answer key " + key
                    + " must not be written into the data folder: it is not an interchange file");
        }
        try {
            return CityWriter.write(dir, key, options);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo city to " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Writes into {@code inputDir} with the answer key {@value #ANSWER_KEY} in its parent folder. */
    public static DemoSummary write(Path inputDir, DemoOptions options) {
        Path dir = inputDir.toAbsolutePath().normalize();
        Path parent = dir.getParent() == null ? dir : dir.getParent();
        return write(dir, parent.resolve(ANSWER_KEY), options);
    }

    /** The oracle's focus groups of every household, beside the answer key (household_id, groups joined by ;). */
    public static Path focusKey(Path answerKey) {
        return org.inspect.demo.internal.CityWriter.sibling(answerKey, "-focus.csv");
    }

    /** Month two: the counties planted without a March temporary-assistance drive, beside the answer key. */
    public static Path driveKey(Path answerKey) {
        return org.inspect.demo.internal.CityWriter.sibling(answerKey, "-drive.csv");
    }
}
