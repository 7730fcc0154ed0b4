package org.inspect.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        Files.createDirectories(data.resolve("db"));
        String url = "jdbc:hsqldb:file:" + data.resolve("db").resolve("inspect").toAbsolutePath()
                + ";hsqldb.default_table_type=cached;hsqldb.lock_file=false";
        List<String> scripts = Migrations.scripts();
        try (Connection c = DriverManager.getConnection(url, "SA", ""); Statement st = c.createStatement()) {
            st.execute("CREATE CACHED TABLE schema_version (version INT PRIMARY KEY, script VARCHAR(200) NOT NULL, "
                    + "applied_at TIMESTAMP NOT NULL)");
            for (int v = 1; v <= 5; v++) {
                for (String sql : Migrations.statements(scripts.get(v - 1))) {
                    st.execute(sql);
                }
                st.execute("INSERT INTO schema_version VALUES (" + v + ", '" + scripts.get(v - 1)
                        + "', CURRENT_TIMESTAMP)");
            }
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
}
