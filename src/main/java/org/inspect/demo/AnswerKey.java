package org.inspect.demo;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.inspect.model.Finding;

/**
 * The demo's answer key ({@code planted.csv}): the findings a correct check must produce, keyed as the findings
 * export keys them ({@code rule|criterion|household_id|case_id|id_number}).
 */
public final class AnswerKey {

    private AnswerKey() {
    }

    /** The keys of the answer key file. */
    public static Set<String> read(Path file) {
        Set<String> keys = new LinkedHashSet<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                keys.add(String.join("|", rec.get("rule"), rec.get("criterion"), rec.get("household_id"),
                        rec.get("case_id"), rec.get("id_number")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the answer key " + file, e);
        }
        return keys;
    }

    /** The key of a finding, comparable with the answer key's. */
    public static String key(Finding f) {
        return String.join("|", f.rule().name(), f.criterion() == null ? "" : f.criterion().name(), nz(f.householdId()),
                nz(f.caseId()), nz(f.idNumber()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
