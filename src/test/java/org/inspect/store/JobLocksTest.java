package org.inspect.store;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.inspect.error.ConflictException;
import org.inspect.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Job locks on a shared PostgreSQL database: readers of a snapshot share it, an import holds it alone, the second
 * comer is refused at once with who holds the lock since when, and a holder that ends releases it.
 */
class JobLocksTest {

    @TempDir
    Path data;

    @Test
    void sharedLocksMeetExclusiveOnesNeverAndTheSecondComerIsToldWhoHoldsIt() {
        assumeTrue(TestDatabases.postgres(), "advisory locks of a shared server");
        try (Database a = Database.open(data); Database b = Database.open(data)) {
            JobLocks.Held checkA = a.lock("snapshot 2019-03", true);
            JobLocks.Held checkB = assertDoesNotThrow(() -> b.lock("snapshot 2019-03", true), "two checks share");
            ConflictException e = assertThrows(ConflictException.class, () -> {
                try (JobLocks.Held importB = a.lock("snapshot 2019-03", false)) {
                    // not reached
                }
            });
            assertTrue(e.getMessage().contains("in use by another inspect process"), e.getMessage());
            assertTrue(e.getMessage().contains(" pid " + ProcessHandle.current().pid()), e.getMessage());
            checkA.close();
            checkB.close();
            try (JobLocks.Held importB = b.lock("snapshot 2019-03", false)) {
                assertThrows(ConflictException.class, () -> a.lock("snapshot 2019-03", true), "no check beside it");
                assertDoesNotThrow(() -> a.lock("notices", false).close(), "other resources are free");
            }
        }
    }

    @Test
    void aHolderThatEndsReleasesItsLocks() {
        assumeTrue(TestDatabases.postgres(), "advisory locks of a shared server");
        try (Database b = Database.open(data)) {
            Database a = Database.open(data);
            a.lock("notices", false);
            assertThrows(ConflictException.class, () -> b.lock("notices", false));
            a.close(); // the process ends: its session and its locks go with it
            assertDoesNotThrow(() -> b.lock("notices", false).close());
        }
    }
}
