package org.inspect.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The bench table as CSV (UTF-8, one row per size and step), for a spreadsheet or a later comparison. */
public final class BenchCsv {

    private BenchCsv() {
    }

    public static void write(Path file, List<BenchResult> results) {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                    CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180)) {
                csv.printRecord("households", "step", "rows", "unit", "seconds", "cpu_seconds", "per_second", "peak_heap_mb",
                        "baseline", "ratio_to_baseline");
                for (BenchResult r : results) {
                    for (BenchStep s : r.steps()) {
                        csv.printRecord(r.households(), s.name(), s.count(), s.unit().name().toLowerCase(Locale.ROOT),
                                fmt("%.2f", s.seconds()), fmt("%.2f", s.cpuSeconds()), fmt("%.0f", s.perSecond()),
                                fmt("%.0f", s.peakHeapBytes() / 1048576.0), s.isBaseline() ? "" : s.baseline(),
                                s.isBaseline() ? "" : fmt("%.2f", s.ratio()));
                    }
                    csv.printRecord(r.households(), "chain", "", "", fmt("%.2f", r.chainSeconds()), "", "", "", "", "");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String fmt(String pattern, double v) {
        return String.format(Locale.ROOT, pattern, v);
    }
}
