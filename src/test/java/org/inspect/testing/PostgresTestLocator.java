package org.inspect.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Optional;
import org.inspect.store.DatabaseLocator;
import org.inspect.store.DatabaseSettings;

/**
 * In the PostgreSQL test run, gives every data folder a database of its own on the test server, named after a hash
 * of the folder's path, created on first use: tests that make a fresh folder get a fresh database, and a child JVM
 * started on the same folder finds the same one.
 */
public final class PostgresTestLocator implements DatabaseLocator {

    @Override
    public Optional<DatabaseSettings> locate(Path dataDir) {
        if (!TestDatabases.postgres()) {
            return Optional.empty();
        }
        return Optional.of(new DatabaseSettings(create(TestDatabases.serverUrl(), name(dataDir)), null, null));
    }

    private static String name(Path dataDir) {
        return "t_" + hash(dataDir.toAbsolutePath().normalize().toString());
    }

    /**
     * Gives data folder {@code to} a copy of the database of {@code from} (whose connections must all be closed),
     * as copying the folder copies an embedded database.
     */
    public static void copyDatabase(Path from, Path to) {
        try (Connection c = DriverManager.getConnection(TestDatabases.serverUrl()); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name(to) + " TEMPLATE " + name(from));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot copy the test database of " + from, e);
        }
    }

    /** Creates database {@code name} on the server of {@code serverUrl} if missing; returns its URL. */
    public static String create(String serverUrl, String name) {
        return create(serverUrl, name, "");
    }

    /** Creates database {@code name} with {@code options} of CREATE DATABASE (e.g. a locale) if missing. */
    public static String create(String serverUrl, String name, String options) {
        try (Connection c = DriverManager.getConnection(serverUrl)) {
            boolean exists;
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    exists = rs.next();
                }
            }
            if (!exists) {
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE DATABASE " + name + (options.isEmpty() ? "" : " " + options));
                } catch (SQLException e) {
                    if (!"42P04".equals(e.getSQLState())) { // created meanwhile by another process
                        throw e;
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + " on " + serverUrl, e);
        }
        return withDatabase(serverUrl, name);
    }

    /** {@code serverUrl} with its database name replaced by {@code name}. */
    public static String withDatabase(String serverUrl, String name) {
        int q = serverUrl.indexOf('?');
        String base = q < 0 ? serverUrl : serverUrl.substring(0, q);
        String params = q < 0 ? "" : serverUrl.substring(q);
        return base.substring(0, base.lastIndexOf('/') + 1) + name + params;
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
