package org.inspect.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * JDBC helpers for the bulk rows (findings, drawn cases, compare lists, the rolls) and the tables that have no entity:
 * one statement (bind, execute, close), or several in one transaction. The runs, notices, rectification items and
 * events and the findings' verdicts go through Hibernate ({@link Sessions}).
 */
public final class Sql {

    private Sql() {
    }

    /** Runs an UPDATE or DELETE and returns the number of rows it changed. */
    public static int update(Database db, String sql, Object... args) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw Jdbc.translate(e);
        }
    }

    /** Statements to run on one connection, in one transaction. */
    @FunctionalInterface
    public interface Work {
        void run(Connection c) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws (a runtime
     * exception is rethrown as it is, an SQL exception wrapped).
     */
    public static void inTransaction(Database db, Work work) {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                work.run(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw Jdbc.translate(e);
        }
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object v = args[i] instanceof LocalDate d ? java.sql.Date.valueOf(d) : args[i];
            ps.setObject(i + 1, v);
        }
    }
}
