package org.inspect.rules;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.inspect.error.BadInputException;
import org.inspect.error.NotFoundException;
import org.inspect.model.Criterion;

/**
 * The use case of {@code inspect criteria test}: reads one reason, or streams the reasons of one column of a CSV
 * file, so that a city can see how its word list reads them; counts the criteria found.
 */
public final class ReasonCheck {

    /** The columns tried, in order, when no column is named: the data format's, then common Chinese headers. */
    public static final List<String> DEFAULT_COLUMNS = List.of("decision_reason", "理由", "原因", "reason");

    private final ExclusionCriteria reader;

    public ReasonCheck(ExclusionCriteria reader) {
        this.reader = reader;
    }

    /** One reason of a file, with its line. */
    public record Row(long line, ReasonReading reading) {
    }

    /** Counts over a file: reasons read, reasons with a criterion, per criterion, needing a person's reading. */
    public record Tally(long reasons, long withCriterion, Map<Criterion, Long> perCriterion, long needsReading) {
    }

    public ReasonReading read(String reason) {
        return reader.read(reason);
    }

    /**
     * Reads the reasons of {@code column} (null: the first of {@link #DEFAULT_COLUMNS} in the header), one row at
     * a time, handing each reading to {@code each}; the file is UTF-8 with a header row.
     */
    public Tally readFile(Path file, String column, Consumer<Row> each) {
        Map<Criterion, Long> per = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            per.put(c, 0L);
        }
        long reasons = 0;
        long withCriterion = 0;
        long needsReading = 0;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            String name = column(file, csv.getHeaderNames(), column);
            for (CSVRecord r : csv) {
                String reason = r.isMapped(name) && r.isSet(name) ? r.get(name) : "";
                ReasonReading reading = reader.read(reason);
                reasons++;
                if (!reading.criteria().isEmpty()) {
                    withCriterion++;
                }
                reading.criteria().stream().map(CriterionMatch::criterion).distinct()
                        .forEach(c -> per.merge(c, 1L, Long::sum));
                if (reading.needsPersonsReading()) {
                    needsReading++;
                }
                each.accept(new Row(csv.getCurrentLineNumber(), reading));
            }
        } catch (NoSuchFileException e) {
            throw new NotFoundException("file not found: " + file).localized("criteria.fileNotFound", file);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new BadInputException("cannot read " + file + ": " + e.getMessage(), e)
                    .localized("criteria.fileUnreadable", file, e.getMessage());
        }
        return new Tally(reasons, withCriterion, Collections.unmodifiableMap(per), needsReading);
    }

    private static String column(Path file, List<String> header, String column) {
        List<String> names = header.stream().map(h -> h.replace("\uFEFF", "").strip()).toList();
        if (column != null) {
            int i = names.indexOf(column);
            if (i < 0) {
                throw new BadInputException(file + ": no column '" + column + "' in the header " + names)
                        .localized("criteria.noColumn", file, column, names);
            }
            return header.get(i);
        }
        for (String c : DEFAULT_COLUMNS) {
            int i = names.indexOf(c);
            if (i >= 0) {
                return header.get(i);
            }
        }
        if (header.size() == 1) {
            return header.get(0);
        }
        throw new BadInputException(file + ": none of the columns " + DEFAULT_COLUMNS + " in the header " + names
                + "; name one with --column").localized("criteria.noDefaultColumn", file, DEFAULT_COLUMNS, names);
    }
}
