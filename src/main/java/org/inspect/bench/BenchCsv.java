package org.inspect.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.inspect.export.Column;
import org.inspect.export.HeaderLanguage;
import org.inspect.export.SheetWriter;
import org.inspect.export.Sheets;

/**
 * The bench table as a spreadsheet (one row per size and step), for a spreadsheet program or a later comparison:
 * through the one spreadsheet writer ({@link Sheets}: CSV with a byte-order mark, or xlsx when the file name says
 * so; headers in Chinese or English). Figures are numbers, with the decimals the terminal table shows.
 */
public final class BenchCsv {

    /** The columns, in order, with their English and Chinese headers. */
    public static final List<Column> COLUMNS = List.of(new Column("households", "户数"), new Column("step", "步骤"),
            new Column("rows", "行数"), new Column("unit", "单位"), new Column("seconds", "用时（秒）"),
            new Column("cpu_seconds", "CPU 时间（秒）"), new Column("per_second", "每秒处理"),
            new Column("peak_heap_mb", "堆内存峰值（MB）"), new Column("baseline", "基准"),
            new Column("ratio_to_baseline", "与基准之比"));

    private BenchCsv() {
    }

    /** Writes the results with headers in the system's language. */
    public static void write(Path file, List<BenchResult> results) {
        write(file, results, HeaderLanguage.ofLocale());
    }

    public static void write(Path file, List<BenchResult> results, HeaderLanguage headers) {
        try (SheetWriter sheet = Sheets.open(file, Sheets.header(COLUMNS, headers))) {
            for (BenchResult r : results) {
                for (BenchStep s : r.steps()) {
                    sheet.row(r.households(), s.name(), s.count(), s.unit().name().toLowerCase(Locale.ROOT),
                            fixed(s.seconds(), 2), fixed(s.cpuSeconds(), 2), fixed(s.perSecond(), 0),
                            fixed(s.peakHeapBytes() / 1048576.0, 0), s.isBaseline() ? "" : s.baseline(),
                            s.isBaseline() ? null : fixed(s.ratio(), 2));
                }
                sheet.row(r.households(), "chain", null, "", fixed(r.chainSeconds(), 2), null, null, null, "", null);
            }
        }
    }

    /** {@code v} rounded to {@code decimals} places, as a number that prints them all ({@code 12.30}); empty if NaN. */
    private static BigDecimal fixed(double v, int decimals) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return null;
        }
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP);
    }
}
