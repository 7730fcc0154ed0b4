package org.inspect.store.internal;

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
import org.inspect.store.Database;

/**
 * The write baseline: the folder's CSV files parsed with commons-csv and batch-inserted with plain JDBC (batches
 * of 1,000, a commit every 20,000 rows, one thread) into a database of the same kind and settings as the
 * toolkit's, one table per file keyed as the roll tables are, (snapshot, household, line). Nothing else: no
 * validation, no types beyond the keys, no restart bookkeeping. It is what the storage can take.
 */
public final class WriteBaseline {

    private static final int BATCH = 1000;
    private static final int COMMIT = 20_000;

    private WriteBaseline() {
    }

    /** Loads every CSV file of {@code input} (except the standards) into a new database under {@code dbDir}. */
    public static long load(Path input, Path dbDir) throws SQLException {
        long rows = 0;
        try (Connection c = DriverManager.getConnection(Database.url(dbDir), "SA", "")) {
            c.setAutoCommit(false);
            for (Path file : files(input)) {
                rows += loadFile(c, file);
            }
            c.commit();
            try (Statement st = c.createStatement()) {
                st.execute("SHUTDOWN");
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

    private static long loadFile(Connection c, Path file) throws SQLException {
        String table = "bl_" + file.getFileName().toString().replace(".csv", "");
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            List<String> header = parser.getHeaderNames();
            int key = keyColumn(header);
            createTable(c, table, header.size(), key >= 0);
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
