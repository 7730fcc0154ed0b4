package org.inspect.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What the release before Flyway did to a database: it applied the scripts in order, split on semicolons at line
 * ends, and recorded each in {@code schema_version} as version 1, 2, 3, ... (not by the number in its name). The
 * upgrade tests build such databases to open them with today's toolkit.
 */
final class FormerRelease {

    /** The scripts that release shipped, in its order. */
    static final List<String> SCRIPTS = List.of("V001__rolls.sql", "V002__check.sql", "V003__sampling.sql",
            "V004__compare.sql", "V005__report.sql", "V006__household_keys.sql", "V007__trust.sql",
            "V009__rectification.sql", "V011__focus_visit.sql", "V012__reason_review.sql");

    private FormerRelease() {
    }

    /** Applies the first {@code count} scripts the way that release did, with its {@code schema_version} rows. */
    static void apply(Connection c, int count) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE CACHED TABLE schema_version (version INT PRIMARY KEY, script VARCHAR(200) NOT NULL, "
                    + "applied_at TIMESTAMP NOT NULL)");
            for (int v = 1; v <= count; v++) {
                for (String sql : statements(SCRIPTS.get(v - 1))) {
                    st.execute(sql);
                }
                st.execute("INSERT INTO schema_version VALUES (" + v + ", '" + SCRIPTS.get(v - 1)
                        + "', CURRENT_TIMESTAMP)");
            }
        }
    }

    private static List<String> statements(String script) {
        String text;
        try (InputStream in = FormerRelease.class.getClassLoader().getResourceAsStream("db/hsqldb/" + script)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : text.split("\n")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("--")) {
                continue;
            }
            cur.append(line).append('\n');
            if (t.endsWith(";")) {
                String sql = cur.toString().strip();
                out.add(sql.substring(0, sql.length() - 1));
                cur.setLength(0);
            }
        }
        return out;
    }
}
