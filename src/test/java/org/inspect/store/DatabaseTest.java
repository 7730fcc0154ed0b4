package org.inspect.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.inspect.error.ConflictException;
import java.util.List;
import org.inspect.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path data;

    @Test
    void createsSchemaOnFirstUseAndRecordsEveryScript() throws Exception {
        try (Database db = Database.open(data)) {
            org.inspect.store.Schema.Status status = db.schemaStatus();
            assertEquals(List.of(), status.pending());
            assertEquals(TestDatabases.scripts(db.kind()).get(TestDatabases.scripts(db.kind()).size() - 1)
                    .substring(1, 4), status.current());
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
        org.junit.jupiter.api.Assumptions.assumeFalse(TestDatabases.postgres(), "the embedded database's file lock");
        try (Database db = Database.open(data)) {
            ConflictException e = assertThrows(ConflictException.class, () -> Database.open(data));
            assertTrue(e.getMessage().contains("in use by another inspect process"), e.getMessage());
        }
    }

    /**
     * A new embedded database is made in db-new/ and put in place whole: what a command killed while it created the
     * schema left there (HSQLDB does not roll DDL back) is thrown away and the database made again.
     */
    @Test
    void aCreationKilledHalfWayIsMadeAgainWhole() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(TestDatabases.postgres(), "the embedded database's files");
        java.nio.file.Path left = data.resolve("db-new");
        java.nio.file.Files.createDirectories(left);
        java.nio.file.Files.writeString(left.resolve("inspect.script"), "CREATE TABLE half_made (id INT)\n");
        java.nio.file.Files.createDirectories(data.resolve("db"));
        try (Database db = Database.open(data)) {
            assertEquals(List.of(), db.schemaStatus().pending());
        }
        assertTrue(java.nio.file.Files.notExists(left), "db-new/ is gone once the database is in place");
        assertTrue(java.nio.file.Files.exists(data.resolve("db").resolve("inspect.properties")));
        try (Database db = Database.open(data)) {
            assertEquals(List.of(), db.schemaStatus().pending(), "and it opens again");
        }
    }
}
