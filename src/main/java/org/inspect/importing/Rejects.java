package org.inspect.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.inspect.export.Column;
import org.inspect.export.HeaderLanguage;
import org.inspect.export.SheetFormat;
import org.inspect.export.SheetWriter;
import org.inspect.export.Sheets;

/**
 * The rows an import must skip, by file and line, each with its reasons: its own errors, or
 * {@code because household H1 was rejected} for a row that depends on a rejected row. A whole file can be
 * rejected (missing column, missing household file); its rows are then all rejected.
 */
// public for importing/job, which takes it from ValidationResult.rejects() and writes it without naming it
public final class Rejects {

    private final Map<RollFile, TreeMap<Long, List<String>>> rows = new EnumMap<>(RollFile.class);
    private final Map<RollFile, String> wholeFiles = new EnumMap<>(RollFile.class);
    private final Map<RollFile, Long> wholeFileRows = new EnumMap<>(RollFile.class);
    private final Map<RollFile, String> fileNames = new EnumMap<>(RollFile.class);

    void fileName(RollFile f, String name) {
        fileNames.put(f, name);
    }

    void reject(RollFile f, long line, String reason) {
        List<String> reasons = rows.computeIfAbsent(f, k -> new TreeMap<>()).computeIfAbsent(line,
                k -> new ArrayList<>());
        if (!reasons.contains(reason)) {
            reasons.add(reason);
        }
    }

    void rejectFile(RollFile f, String reason, long rowCount) {
        wholeFiles.putIfAbsent(f, reason);
        wholeFileRows.put(f, rowCount);
    }

    public boolean isRejected(RollFile f, long line) {
        return wholeFiles.containsKey(f) || rows.getOrDefault(f, new TreeMap<>()).containsKey(line);
    }

    /** Whether no row of the file may be imported. */
    public boolean isFileRejected(RollFile f) {
        return wholeFiles.containsKey(f);
    }

    /** Rows of the file to skip (all its data rows when the whole file is rejected). */
    public long rejectedCount(RollFile f) {
        if (wholeFiles.containsKey(f)) {
            return wholeFileRows.getOrDefault(f, 0L);
        }
        return rows.getOrDefault(f, new TreeMap<>()).size();
    }

    /** The reasons of a rejected row; empty when the row is not rejected on its own. */
    public List<String> reasons(RollFile f, long line) {
        return Collections.unmodifiableList(rows.getOrDefault(f, new TreeMap<>()).getOrDefault(line, List.of()));
    }

    /** The columns of the rejects file. */
    public static final List<Column> COLUMNS = List.of(new Column("file", "文件"), new Column("line", "行号"),
            new Column("reasons", "原因"));

    /**
     * Writes {@code file,line,reasons} (reasons joined by "; "), a whole rejected file as line 0, through the
     * shared spreadsheet writer (a byte-order mark, headers in the locale's language; .xlsx if the name says so).
     */
    public void writeCsv(Path out) {
        // a rejected row is shown as the county wrote it, identity numbers in full: the file is private
        try (SheetWriter p = Sheets.open(out, SheetFormat.of(out), Sheets.header(COLUMNS, HeaderLanguage.ofLocale()),
                true)) {
            for (RollFile f : RollFile.values()) {
                String name = fileNames.getOrDefault(f, f.baseName() + ".csv");
                if (wholeFiles.containsKey(f)) {
                    p.row(name, 0, wholeFiles.get(f));
                }
                for (Map.Entry<Long, List<String>> e : rows.getOrDefault(f, new TreeMap<>()).entrySet()) {
                    p.row(name, e.getKey(), String.join("; ", e.getValue()));
                }
            }
        }
    }

    /** The lines rejected one by one, in order (a whole rejected file is told by {@link #isFileRejected}). */
    public java.util.Set<Long> rejectedLines(RollFile f) {
        return Collections.unmodifiableSet(rows.getOrDefault(f, new TreeMap<>()).keySet());
    }

    private long wholeHouseholds;

    /** Records how many households were rejected whole because one of their rows was. */
    void householdsRejectedWhole(long n) {
        wholeHouseholds += n;
    }

    /** How many households were rejected whole because one of their member or dependent rows was rejected. */
    public long householdsRejectedWhole() {
        return wholeHouseholds;
    }
}
