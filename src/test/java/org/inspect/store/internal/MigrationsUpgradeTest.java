package org.inspect.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.inspect.model.HouseholdFile;
import org.inspect.store.Database;
import org.inspect.store.RollReader;
import org.inspect.testing.RollFixture;
import org.inspect.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database made by an older toolkit (schema 5, rows keyed by source line) is upgraded in place when opened:
 * its rows stay readable and take the new keys.
 */
class MigrationsUpgradeTest {

    private static final String H1_HEAD = RollFixture.id("370902", LocalDate.of(1970, 1, 1), 1);
    private static final String H2_HEAD = RollFixture.id("370902", LocalDate.of(1980, 1, 1), 2);

    @TempDir
    Path data;

    @Test
    void schemaFiveDatabaseIsUpgradedWithItsRows() throws Exception {
        assumeFalse(TestDatabases.postgres(), "a database made by an older release is an embedded one");
        Files.createDirectories(data.resolve("db"));
        String url = "jdbc:hsqldb:file:" + data.resolve("db").resolve("inspect").toAbsolutePath()
                + ";hsqldb.default_table_type=cached;hsqldb.lock_file=false";
        try (Connection c = DriverManager.getConnection(url, "SA", ""); Statement st = c.createStatement()) {
            FormerRelease.apply(c, 5);
            st.execute("INSERT INTO snapshot (id, label, status, source_dir, created_at, published_at) "
                    + "VALUES (1, '2019-03', 'ACTIVE', '/in', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            st.execute("INSERT INTO household VALUES (1, 2, 'H2', '370902', '泰前街道', '岱宗村', "
                    + "'" + H2_HEAD + "', NULL)");
            st.execute("INSERT INTO household VALUES (1, 3, 'H1', '370902', '泰前街道', '岱宗村', "
                    + "'" + H1_HEAD + "', NULL)");
            st.execute("INSERT INTO member VALUES (1, 7, 'H1', '" + H1_HEAD + "', '张三', 'HEAD', NULL, NULL, "
                    + "'FULL', FALSE, FALSE)");
            st.execute("INSERT INTO member VALUES (1, 5, 'H2', '" + H2_HEAD + "', '李四', 'HEAD', NULL, NULL, "
                    + "'FULL', FALSE, FALSE)");
            st.execute("INSERT INTO income VALUES (1, 4, 'H1', NULL, 'WAGE', 1200, NULL, NULL)");
            st.execute("SHUTDOWN");
        }

        try (Database db = Database.open(data)) {
            List<HouseholdFile> read = new ArrayList<>();
            try (RollReader.HouseholdCursor cursor = new RollReader(db, 1).openHouseholds(null, null)) {
                cursor.forEachRemaining(read::add);
            }
            assertEquals(List.of("H1", "H2"), read.stream().map(h -> h.household().householdId()).toList());
            assertEquals("张三", read.get(0).members().get(0).name());
            assertEquals(1, read.get(0).incomes().size());
            assertEquals("李四", read.get(1).members().get(0).name());
            try (Connection c = db.connection(); Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT k.COLUMN_NAME FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE k "
                            + "JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS t ON t.CONSTRAINT_NAME = k.CONSTRAINT_NAME "
                            + "AND t.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA WHERE t.TABLE_NAME = 'MEMBER' "
                            + "AND t.CONSTRAINT_TYPE = 'PRIMARY KEY' ORDER BY k.ORDINAL_POSITION")) {
                List<String> key = new ArrayList<>();
                while (rs.next()) {
                    key.add(rs.getString(1));
                }
                assertEquals(List.of("SNAPSHOT_ID", "HOUSEHOLD_ID", "SOURCE_LINE"), key);
            }
        }
    }

    @Test
    void databaseOfTheReleaseBeforeFlywayIsTakenOverAndUpgraded() throws Exception {
        assumeFalse(TestDatabases.postgres(), "a database made by an older release is an embedded one");
        Files.createDirectories(data.resolve("db"));
        try (Connection c = DriverManager.getConnection(Database.url(data), "SA", ""); Statement st = c.createStatement()) {
            FormerRelease.apply(c, FormerRelease.SCRIPTS.size());
            st.execute("INSERT INTO snapshot (id, label, status, source_dir, created_at, published_at) "
                    + "VALUES (7, '2019-03', 'ACTIVE', '/in', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            st.execute("INSERT INTO check_run (id, snapshot_id, snapshot_label, as_of, scope, status, created_at) "
                    + "VALUES (3, 7, '2019-03', DATE '2019-03-01', 'ALL', 'COMPLETED', CURRENT_TIMESTAMP)");
            st.execute("INSERT INTO finding (check_run_id, finding_key, subject, rule, severity, clause, detail) "
                    + "VALUES (3, 'k', 'H1', 'MISSED_DIBAO', 'HIGH', '二（一）', '家庭人均收入低于标准')");
            st.execute("SHUTDOWN");
        }

        try (Database db = Database.open(data); Connection c = db.connection(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT detail FROM finding WHERE check_run_id = 3")) {
                assertTrue(rs.next());
                assertEquals("家庭人均收入低于标准", rs.getString(1));
            }
            List<String> history = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT \"version\", \"type\" FROM \"flyway_schema_history\" "
                    + "ORDER BY \"installed_rank\"")) {
                while (rs.next()) {
                    history.add(rs.getString(1) + " " + rs.getString(2));
                }
            }
            assertEquals("012 BASELINE", history.get(0), history.toString());
            assertTrue(history.size() > 1 && history.stream().skip(1).allMatch(h -> h.endsWith(" SQL")), history.toString());
            assertEquals(List.of(), db.schemaStatus().pending());
            // the new ids continue after the old ones
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM db_lock")) {
                rs.next();
                assertEquals(0, rs.getInt(1));
            }
        }
    }
}
