package org.inspect.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.inspect.error.ConflictException;
import org.inspect.store.internal.Migrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path data;

    @Test
    void createsSchemaOnFirstUseAndRecordsEveryScript() throws Exception {
        try (Database db = Database.open(data); Connection c = db.connection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM schema_version")) {
            rs.next();
            assertEquals(Migrations.scripts().size(), rs.getInt(1));
        }
    }

    @Test
    void reopensAnExistingDatabaseWithoutReapplyingScripts() {
        Database.open(data).close();
        try (Database db = Database.open(data)) {
            assertTrue(db.sessionFactory().isOpen());
        }
    }

    @Test
    void refusesASecondHolderOfTheSameDataFolder() {
        try (Database db = Database.open(data)) {
            ConflictException e = assertThrows(ConflictException.class, () -> Database.open(data));
            assertTrue(e.getMessage().contains("in use by another inspect process"), e.getMessage());
        }
    }
}
