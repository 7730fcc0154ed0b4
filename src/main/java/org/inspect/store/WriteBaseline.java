package org.inspect.store;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The write baseline: the folder's CSV files parsed with commons-csv and batch-inserted with plain JDBC (batches
 * of 1,000, a commit every 20,000 rows, one thread) into a database of the same kind and settings as the
 * toolkit's, one table per file keyed as the roll tables are, (snapshot, household, line). Nothing else: no
 * validation, no types beyond the keys, no restart bookkeeping. It is what the storage can take. On PostgreSQL the
 * batches go through {@code COPY} (the driver's CopyManager), as the import's do: a baseline of single-row
 * INSERTs would be one the import beats, and say nothing of the storage.
 */
public final class WriteBaseline {

    private static final int BATCH = 1000;
    private static final int COMMIT = 20_000;

    private WriteBaseline() {
    }

    /** Loads every CSV file of {@code input} (except the standards) into the empty database {@code target} names. */
    public static long load(Path input, DatabaseSettings target) throws SQLException {
        long rows = 0;
        boolean postgres = target.kind() == DatabaseSettings.Kind.POSTGRESQL;
        try (Connection c = DriverManager.getConnection(target.url(), target.user(), target.password())) {
            c.setAutoCommit(false);
            for (Path file : files(input)) {
                rows += loadFile(c, file, postgres);
            }
            c.commit();
            if (!postgres) {
                try (Statement st = c.createStatement()) {
                    st.execute("SHUTDOWN");
                }
            }
        }
        return rows;
    }

    private static List<Path> files(Path input) {
        try (Stream<Path> s = Files.list(input)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".csv"))
                    .filter(p -> !p.getFileName().toString().equals("standards.csv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long loadFile(Connection c, Path file, boolean postgres) throws SQLException {
        String table = "bl_" + file.getFileName().toString().replace(".csv", "");
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            List<String> header = parser.getHeaderNames();
            int key = keyColumn(header);
            createTable(c, table, header.size(), key >= 0);
            if (postgres) {
                return copyFile(c, parser, table, header.size(), key);
            }
            StringBuilder sql = new StringBuilder("INSERT INTO " + table + " VALUES (?, ?, ?");
            for (int i = 0; i < header.size(); i++) {
                sql.append(", ?");
            }
            long rows = 0;
            try (PreparedStatement ps = c.prepareStatement(sql.append(')').toString())) {
                for (CSVRecord rec : parser) {
                    ps.setLong(1, 1);
                    ps.setString(2, key >= 0 ? rec.get(key) : "");
                    ps.setLong(3, rec.getRecordNumber() + 1);
                    for (int i = 0; i < header.size(); i++) {
                        ps.setString(4 + i, i < rec.size() ? rec.get(i) : null);
                    }
                    ps.addBatch();
                    rows++;
                    if (rows % BATCH == 0) {
                        ps.executeBatch();
                    }
                    if (rows % COMMIT == 0) {
                        c.commit();
                    }
                }
                ps.executeBatch();
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** PostgreSQL: the rows in COPY chunks of {@value #BATCH}, a commit every {@value #COMMIT} rows. */
    private static long copyFile(Connection c, CSVParser parser, String table, int columns, int key)
            throws SQLException {
        org.postgresql.copy.CopyManager copy = c.unwrap(org.postgresql.PGConnection.class).getCopyAPI();
        String sql = "COPY " + table + " FROM STDIN WITH (FORMAT csv)";
        StringBuilder chunk = new StringBuilder(BATCH * 120);
        long rows = 0;
        for (CSVRecord rec : parser) {
            chunk.append("1,").append(quoted(key >= 0 ? rec.get(key) : "")).append(',').append(rec.getRecordNumber() + 1);
            for (int i = 0; i < columns; i++) {
                chunk.append(',');
                if (i < rec.size()) {
                    chunk.append(quoted(rec.get(i)));
                }
            }
            chunk.append('\n');
            rows++;
            if (rows % BATCH == 0) {
                copyIn(copy, sql, chunk);
            }
            if (rows % COMMIT == 0) {
                c.commit();
            }
        }
        copyIn(copy, sql, chunk);
        return rows;
    }

    private static void copyIn(org.postgresql.copy.CopyManager copy, String sql, StringBuilder chunk)
            throws SQLException {
        if (chunk.isEmpty()) {
            return;
        }
        try {
            copy.copyIn(sql, new java.io.StringReader(chunk.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY failed: " + e.getMessage(), e);
        }
        chunk.setLength(0);
    }

    private static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    /** The column naming the household a row belongs to ({@code -1}: the file has none, e.g. the inspectors). */
    private static int keyColumn(List<String> header) {
        int at = header.indexOf("household_id");
        return at >= 0 ? at : header.indexOf("poor_household_id");
    }

    private static void createTable(Connection c, String table, int columns, boolean keyed) throws SQLException {
        StringBuilder ddl = new StringBuilder("CREATE TABLE " + table
                + " (snapshot_id BIGINT NOT NULL, hkey VARCHAR(64) NOT NULL, source_line BIGINT NOT NULL");
        for (int i = 0; i < columns; i++) {
            ddl.append(", c").append(i).append(" VARCHAR(500)");
        }
        ddl.append(keyed ? ", PRIMARY KEY (snapshot_id, hkey, source_line))" : ", PRIMARY KEY (snapshot_id, source_line))");
        try (Statement st = c.createStatement()) {
            st.execute(ddl.toString());
        }
        c.commit();
    }
}
