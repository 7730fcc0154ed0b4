package org.inspect.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inspect.store.Database;
import org.inspect.store.Snapshots;

/** Reads whole tables of a data folder for tests that compare databases. */
public final class Tables {

    private Tables() {
    }

    /**
     * Every roll table of the active snapshot {@code label}, rows in source-line order, each row all its
     * columns but the snapshot id, so two imports of the same files compare equal.
     */
    public static Map<String, List<String>> snapshot(Path data, String label) {
        try (Database db = Database.open(data)) {
            long id = new Snapshots(db).activeId(label);
            Map<String, List<String>> out = new LinkedHashMap<>();
            for (String t : Snapshots.ROLL_TABLES) {
                out.put(t, rows(db, "SELECT * FROM " + t + " WHERE snapshot_id = " + id + " ORDER BY source_line",
                        "SNAPSHOT_ID"));
            }
            return out;
        }
    }

    /** Every row of every non-job table (the whole state a failed import must not touch). */
    public static Map<String, List<String>> everything(Path data) {
        try (Database db = Database.open(data)) {
            Map<String, List<String>> out = new LinkedHashMap<>();
            List<String> tables = new ArrayList<>();
            try (Connection c = db.connection(); ResultSet rs = c.getMetaData().getTables(null, null, "%",
                    new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String t : tables) {
                String upper = t.toUpperCase(java.util.Locale.ROOT);
                if (!upper.startsWith("JOB_") && !upper.startsWith("STEP_") && !upper.startsWith("PARTITION_")) {
                    out.put(upper, rows(db, "SELECT * FROM \"" + t + "\" ORDER BY 1", null));
                }
            }
            return out;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a query and returns its rows as strings, leaving out one column. */
    public static List<String> rows(Database db, String sql, String leaveOut) {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    if (!md.getColumnName(i).equalsIgnoreCase(leaveOut)) {
                        sb.append(rs.getString(i)).append('|');
                    }
                }
                rows.add(sb.toString());
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    /** One number from a query. */
    public static long count(Path data, String sql) {
        try (Database db = Database.open(data); Connection c = db.connection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
