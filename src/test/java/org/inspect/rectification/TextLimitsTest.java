package org.inspect.rectification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.inspect.cli.Cli;
import org.inspect.store.Database;
import org.inspect.testing.TestContexts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 24, point 8: a name, note or reason longer than the column that keeps it is refused with words (exit 3, the
 * option, the limit and the length), before anything is written, instead of ending in "Internal error".
 */
class TextLimitsTest {

    @TempDir
    Path dir;

    private Cli cli;
    private long item;

    @BeforeEach
    void anItem() {
        try (Database db = Database.open(dir.resolve("data"))) {
            item = Items.one(new Rectification(db, TestContexts.now()), "H-1").id();
        }
        cli = new Cli(dir.resolve("data"));
    }

    private void refused(Cli.Result r, String option, int limit, int length) {
        assertEquals(3, r.exitCode(), r::toString);
        String said = r.out() + r.err();
        assertTrue(said.contains(option) && said.contains(String.format("%,d", limit))
                && said.contains(String.format("%,d", length)) || said.contains(option) && said.contains("" + limit)
                && said.contains("" + length), said);
        assertTrue(!said.contains("Internal error") && !said.toLowerCase().contains("insert into"), said);
    }

    @Test
    void refusesANoteOverItsLimitNamingTheOptionTheLimitAndTheLength() {
        refused(cli.run("rectify", "respond", Long.toString(item), "--note", "改".repeat(4001)), "--note", 4000,
                4001);
        assertHistoryUnchanged();
    }

    @Test
    void refusesAnAccountNameOverItsLimit() {
        // names come from the signed-in account (issue 21); the service still refuses one its column cannot keep
        try (Database db = Database.open(dir.resolve("data"))) {
            Rectification r = new Rectification(db, TestContexts.now())
                    .as(org.inspect.context.Actor.operator("名".repeat(101)));
            org.inspect.error.BadInputException e = org.junit.jupiter.api.Assertions.assertThrows(
                    org.inspect.error.BadInputException.class,
                    () -> r.respond(item, "已整改", org.inspect.rectification.Outcome.CLAIMED_FIXED, List.of()));
            assertEquals(org.inspect.error.Field.ACCOUNT, e.messageArgs()[0]);
            assertTrue(e.getMessage().contains("account") && e.getMessage().contains("100")
                    && e.getMessage().contains("101"), e.getMessage());
        }
        assertHistoryUnchanged();
    }

    @Test
    void refusesAVerdictsReasonOverItsLimit() {
        refused(cli.run("finding", "dismiss", "1", "--reason", "x".repeat(2001)), "--reason", 2000, 2001);
    }

    private void assertHistoryUnchanged() {
        try (Database db = Database.open(dir.resolve("data"))) {
            Rectification r = new Rectification(db, TestContexts.now());
            assertEquals(1, r.audit().events());
            assertEquals(List.of(State.ISSUED), r.store().items(null).stream().map(Item::state).toList());
        }
    }
}
