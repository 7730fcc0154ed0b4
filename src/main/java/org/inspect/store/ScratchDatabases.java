package org.inspect.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * Databases the bench makes for itself on a PostgreSQL server and drops after it: created beside the database the
 * settings name, which is only connected to (to run {@code CREATE DATABASE}), never written.
 */
public final class ScratchDatabases {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private ScratchDatabases() {
    }

    /** Creates database {@code name} afresh (dropping one left by an earlier run) and returns settings naming it. */
    public static DatabaseSettings create(DatabaseSettings server, String name) {
        drop(server, name);
        run(server, "CREATE DATABASE " + checked(name));
        return new DatabaseSettings(withDatabase(server.url(), name), server.user(), server.password());
    }

    /** Drops database {@code name} if it exists. */
    public static void drop(DatabaseSettings server, String name) {
        run(server, "DROP DATABASE IF EXISTS " + checked(name));
    }

    /** The name of the database {@code url} connects to. */
    public static String databaseOf(String url) {
        String base = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        return base.substring(base.lastIndexOf('/') + 1);
    }

    /** {@code url} with its database replaced by {@code name}, its parameters kept. */
    static String withDatabase(String url, String name) {
        int q = url.indexOf('?');
        String base = q < 0 ? url : url.substring(0, q);
        return base.substring(0, base.lastIndexOf('/') + 1) + name + (q < 0 ? "" : url.substring(q));
    }

    private static String checked(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        return name;
    }

    private static void run(DatabaseSettings server, String sql) {
        try (Connection c = DriverManager.getConnection(server.url(), server.user(), server.password());
                Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw Jdbc.translate(e, sql);
        }
    }
}
