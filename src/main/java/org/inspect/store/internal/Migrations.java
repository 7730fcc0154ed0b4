package org.inspect.store.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the versioned schema scripts listed in {@code db/index.txt}, in order, each once, recording them in
 * {@code schema_version}; a database made by an older toolkit is upgraded, never rebuilt. A script is applied
 * in one transaction: a failure leaves the database at the previous version.
 */
public final class Migrations {

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    private Migrations() {
    }

    /** The script names in order, e.g. {@code V001__rolls.sql}. */
    public static List<String> scripts() {
        List<String> names = new ArrayList<>();
        try (InputStream in = resource("db/index.txt");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    names.add(t);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read db/index.txt", e);
        }
        return names;
    }

    private static InputStream resource(String name) {
        InputStream in = Migrations.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        return in;
    }

    /** Brings the schema to the newest version. */
    public static void apply(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection()) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE CACHED TABLE IF NOT EXISTS schema_version (version INT PRIMARY KEY, "
                        + "script VARCHAR(200) NOT NULL, applied_at TIMESTAMP NOT NULL)");
            }
            int current = currentVersion(c);
            List<String> scripts = scripts();
            for (int i = current; i < scripts.size(); i++) {
                applyScript(c, i + 1, scripts.get(i));
            }
        }
    }

    static int currentVersion(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void applyScript(Connection c, int version, String script) throws SQLException {
        LOG.info("applying schema {} ({})", version, script);
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            for (String sql : statements(script)) {
                st.execute(sql);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO schema_version (version, script, applied_at) VALUES (?, ?, CURRENT_TIMESTAMP)")) {
                ps.setInt(1, version);
                ps.setString(2, script);
                ps.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw new SQLException("schema script " + script + " failed: " + e.getMessage(), e);
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /** Splits a script on semicolons at line ends; {@code --} comment lines are dropped. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        try (InputStream in = resource("db/" + script);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (t.startsWith("--") || t.isEmpty()) {
                    continue;
                }
                cur.append(line).append('\n');
                if (t.endsWith(";")) {
                    String sql = cur.toString().strip();
                    out.add(sql.substring(0, sql.length() - 1));
                    cur.setLength(0);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read db/" + script, e);
        }
        if (!cur.toString().isBlank()) {
            out.add(cur.toString().strip());
        }
        return out;
    }
}
