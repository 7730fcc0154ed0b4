package org.inspect.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.inspect.error.ConflictException;

/**
 * Copies the toolkit's tables (snapshots, runs, findings, notices, rectification) from one database to another
 * that has the same schema and no data yet, e.g. from the embedded database to a team's PostgreSQL server. Rows
 * stream table by table, parents before the tables whose foreign keys refer to them, in one transaction on the
 * target: a failed copy leaves it empty. Identity counters continue after the copied ids. The job repository
 * (execution history) and the schema's own bookkeeping are not copied.
 */
public final class DatabaseCopy {

    private static final int BATCH = 1000;

    private DatabaseCopy() {
    }

    /** Copies every toolkit table of {@code from} into {@code to}; returns the rows copied per table. */
    public static Map<String, Long> copy(Database from, Database to, BiConsumer<String, Long> progress) {
        try (Connection src = from.connection(); Connection dst = to.connection()) {
            List<String> tables = tablesInOrder(dst);
            Set<String> sourceTables = new LinkedHashSet<>(tableNames(src.getMetaData()).keySet());
            refuseUnlessEmpty(dst, tables);
            src.setAutoCommit(false); // PostgreSQL streams a result only inside a transaction
            dst.setAutoCommit(false);
            Map<String, Long> counts = new LinkedHashMap<>();
            try {
                for (String t : tables) {
                    if (!sourceTables.contains(t.toLowerCase(Locale.ROOT))) {
                        continue;
                    }
                    long n = copyTable(src, dst, t);
                    counts.put(t.toLowerCase(Locale.ROOT), n);
                    progress.accept(t.toLowerCase(Locale.ROOT), n);
                }
                continueIdentities(dst, tables);
                dst.commit();
            } catch (SQLException | RuntimeException e) {
                dst.rollback();
                throw e;
            } finally {
                src.rollback();
            }
            return counts;
        } catch (SQLException e) {
            throw Jdbc.translate(e, "copying the database");
        }
    }

    /** The toolkit's tables of a database, lower-case name to the name as the database spells it. */
    private static Map<String, String> tableNames(DatabaseMetaData md) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (ResultSet rs = md.getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String schema = rs.getString("TABLE_SCHEM");
                String name = rs.getString("TABLE_NAME");
                String lower = name.toLowerCase(Locale.ROOT);
                if (schema != null && (schema.equalsIgnoreCase("PUBLIC")) && !bookkeeping(lower)) {
                    out.put(lower, name);
                }
            }
        }
        return out;
    }

    /** Tables that belong to the job repository or to the schema's and the locks' bookkeeping. */
    private static boolean bookkeeping(String lower) {
        return lower.startsWith("job_") || lower.startsWith("step_") || lower.startsWith("partition_")
                || lower.equals("flyway_schema_history") || lower.equals("schema_version") || lower.equals("db_lock");
    }

    /** The target's tables, each after the tables its foreign keys refer to (then by name). */
    private static List<String> tablesInOrder(Connection c) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        Map<String, String> names = tableNames(md);
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        for (Map.Entry<String, String> t : new java.util.TreeMap<>(names).entrySet()) {
            Set<String> p = new LinkedHashSet<>();
            try (ResultSet rs = md.getImportedKeys(null, null, t.getValue())) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equals(t.getKey())) {
                        p.add(parent);
                    }
                }
            }
            parents.put(t.getKey(), p);
        }
        List<String> order = new ArrayList<>();
        while (order.size() < parents.size()) {
            boolean progressed = false;
            for (Map.Entry<String, Set<String>> e : parents.entrySet()) {
                if (!order.contains(names.get(e.getKey()))
                        && e.getValue().stream().allMatch(p -> order.contains(names.get(p)))) {
                    order.add(names.get(e.getKey()));
                    progressed = true;
                }
            }
            if (!progressed) {
                throw new IllegalStateException("foreign keys form a cycle among " + parents);
            }
        }
        return order;
    }

    private static void refuseUnlessEmpty(Connection dst, List<String> tables) throws SQLException {
        for (String t : tables) {
            try (Statement st = dst.createStatement();
                    ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM \"" + t + "\"")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw new ConflictException("the target database already holds data (table " + t + ")")
                            .localized("db.copy.notEmpty", t.toLowerCase(Locale.ROOT));
                }
            }
        }
    }

    private static long copyTable(Connection src, Connection dst, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        List<Integer> types = new ArrayList<>();
        try (ResultSet rs = dst.getMetaData().getColumns(null, null, table, "%")) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME"));
                types.add(rs.getInt("DATA_TYPE"));
            }
        }
        String list = String.join(", ", columns.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList());
        String marks = String.join(", ", columns.stream().map(n -> "?").toList());
        long n = 0;
        try (Statement st = src.createStatement();
                PreparedStatement ins = dst.prepareStatement("INSERT INTO " + table.toLowerCase(Locale.ROOT) + " ("
                        + list + ") VALUES (" + marks + ")")) {
            st.setFetchSize(BATCH);
            try (ResultSet rs = st.executeQuery("SELECT " + list + " FROM " + table.toLowerCase(Locale.ROOT))) {
                while (rs.next()) {
                    for (int i = 0; i < columns.size(); i++) {
                        bind(ins, i + 1, types.get(i), rs);
                    }
                    ins.addBatch();
                    if (++n % BATCH == 0) {
                        ins.executeBatch();
                    }
                }
            }
            ins.executeBatch();
        }
        return n;
    }

    private static void bind(PreparedStatement ins, int i, int type, ResultSet rs) throws SQLException {
        switch (type) {
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB, Types.NVARCHAR, Types.NCLOB -> {
                ins.setString(i, rs.getString(i));
            }
            default -> {
                Object v = rs.getObject(i);
                if (v == null) {
                    ins.setNull(i, type);
                } else {
                    ins.setObject(i, v, type);
                }
            }
        }
    }

    /** Identity columns continue after the largest copied value. */
    private static void continueIdentities(Connection dst, List<String> tables) throws SQLException {
        for (String t : tables) {
            List<String> identities = new ArrayList<>();
            try (ResultSet rs = dst.getMetaData().getColumns(null, null, t, "%")) {
                while (rs.next()) {
                    if ("YES".equals(rs.getString("IS_AUTOINCREMENT"))) {
                        identities.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
            String table = t.toLowerCase(Locale.ROOT);
            for (String col : identities) {
                long next;
                try (Statement st = dst.createStatement();
                        ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(" + col + "), 0) + 1 FROM " + table)) {
                    rs.next();
                    next = rs.getLong(1);
                }
                try (Statement st = dst.createStatement()) {
                    st.execute("ALTER TABLE " + table + " ALTER COLUMN " + col + " RESTART WITH " + next);
                }
            }
        }
    }
}
