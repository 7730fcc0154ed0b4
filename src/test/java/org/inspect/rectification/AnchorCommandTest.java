package org.inspect.rectification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inspect.cli.Cli;
import org.inspect.store.Database;
import org.inspect.testing.TestContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rectify audit --anchor} prints a signed checkpoint (the key made in the data folder on first use) that
 * {@code --verify-anchor} accepts, as text or as a file; after a rewrite of the history with its head, the same
 * checkpoint fails with exit 6.
 */
class AnchorCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsACheckpointThatVerifiesUntilTheHistoryIsRewritten() throws Exception {
        Path data = dir.resolve("data");
        try (Database db = Database.open(data)) {
            Rectification r = new Rectification(db, TestContexts.now());
            Items.one(r, "H-A");
            Items.one(r, "H-B");
        }
        Cli cli = new Cli(data);
        Cli.Result anchored = cli.run("rectify", "audit", "--anchor");
        assertEquals(0, anchored.exitCode(), anchored::toString);
        Matcher m = Pattern.compile("inspect-anchor v1 \\S+ \\S+ \\S+ \\S+").matcher(anchored.out());
        assertTrue(m.find(), anchored::toString);
        String checkpoint = m.group();
        assertTrue(Files.exists(data.resolve(Anchor.DEFAULT_FILE)));
        Path file = Files.writeString(dir.resolve("checkpoint.txt"), checkpoint);

        for (String given : List.of(checkpoint, file.toString())) {
            Cli.Result ok = cli.run("rectify", "audit", "--verify-anchor", given);
            assertEquals(0, ok.exitCode(), ok::toString);
        }

        try (Database db = Database.open(data); Connection c = db.connection(); Statement st = c.createStatement()) {
            // event 2 replaced by one that hashes consistently, and the head moved to it
            List<RectificationStore.RawEvent> events = new java.util.ArrayList<>();
            new RectificationStore(db).forEachRawEvent(events::add);
            RectificationStore.RawEvent e = events.get(1);
            String hash = org.inspect.rectification.internal.HashChain.hash(e.prevHash(), e.seq(), e.itemId(), e.at(),
                    "他人", e.action(), e.from(), e.to(), e.outcome(), e.note(), e.evidence(), e.subject(),
                    e.subjectHash());
            st.executeUpdate("UPDATE rect_event SET actor = '他人', hash = '" + hash + "' WHERE seq = 2");
            st.executeUpdate("UPDATE rect_chain_head SET last_hash = '" + hash + "'");
        }
        assertEquals(0, cli.run("rectify", "audit").exitCode(), "the chain alone cannot tell");
        Cli.Result caught = cli.run("rectify", "audit", "--verify-anchor", file.toString());
        assertEquals(6, caught.exitCode(), caught::toString);
    }
}
