package org.inspect.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import org.hibernate.HibernateException;
import org.inspect.check.CheckRunStore;
import org.inspect.error.ConflictException;
import org.inspect.error.NotFoundException;
import org.inspect.rectification.RectificationStore;
import org.inspect.rectification.internal.HashChain;
import org.inspect.rectification.internal.RectChainHeadEntity;
import org.inspect.sampling.SampleRunStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database error met in a Hibernate session comes out as the toolkit's error, as on the plain-JDBC paths. */
class SessionsTest {

    @TempDir
    Path data;

    @Test
    void aDuplicateKeyWrittenThroughAnEntityIsAConflict() {
        try (Database db = Database.open(data)) {
            Sessions.inTransaction(db, s -> s.persist(head()));
            ConflictException e = assertThrows(ConflictException.class,
                    () -> Sessions.inTransaction(db, s -> s.persist(head())));
            assertInstanceOf(SQLException.class, e.getCause());
            // the failed transaction left the first row as it was
            assertEquals(new RectificationStore.Head(1, HashChain.GENESIS), new RectificationStore(db).head());
        }
    }

    @Test
    void aRunThatDoesNotExistIsNotFound() {
        try (Database db = Database.open(data)) {
            assertThrows(NotFoundException.class, () -> new CheckRunStore(db).get(4711));
            assertThrows(NotFoundException.class, () -> new SampleRunStore(db).get(4711));
        }
    }

    @Test
    void aRunOfASnapshotThatDoesNotExistIsRefusedByTheDatabaseNotByHibernate() {
        try (Database db = Database.open(data)) {
            RuntimeException e = assertThrows(RuntimeException.class,
                    () -> new CheckRunStore(db).create(4711, "none", LocalDate.of(2025, 6, 30), null, ""));
            assertFalse(e instanceof HibernateException, e.toString());
            SQLException sql = assertInstanceOf(SQLException.class, e.getCause());
            assertEquals("23503", sql.getSQLState()); // the foreign key to snapshot, on both databases
            assertEquals(java.util.List.of(), new CheckRunStore(db).list());
        }
    }

    private static RectChainHeadEntity head() {
        RectChainHeadEntity h = new RectChainHeadEntity();
        h.id = 1;
        h.lastSeq = 1;
        h.lastHash = HashChain.GENESIS;
        return h;
    }
}
