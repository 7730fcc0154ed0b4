package org.inspect.rectification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.inspect.error.MismatchException;
import org.inspect.rectification.internal.HashChain;
import org.inspect.report.DocumentService;
import org.inspect.report.PdfText;
import org.inspect.store.Database;
import org.inspect.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 24, point 9: what someone with write access to the database does behind the toolkit's back shows. An
 * item's fixed fields are covered by its ISSUE event; a history rewritten from a point on together with its head row
 * passes the chain's own check, but not a checkpoint signed before with the key kept outside the database, whether
 * given whole or as a bulletin prints it.
 */
class TamperEvidenceTest {

    @TempDir
    Path dir;

    private Database db;
    private Rectification r;
    private Item a;
    private Path key;

    @BeforeEach
    void history() {
        db = Database.open(dir.resolve("data"));
        r = new Rectification(db, TestContexts.at("2019-04-02T08:30:00Z"));
        a = Items.one(r, "H-A");                                                                   // event 1
        Item b = Items.one(r, "H-B");                                                              // event 2
        r.respond(a.id(), "已纳入低保", Outcome.CLAIMED_FIXED, List.of());                          // 3
        r.contest(b.id(), "收入核算有误", List.of());                                               // 4
        r.accept(a.id(), "复核通过");                                                               // 5
        key = dir.resolve("data").resolve(Anchor.DEFAULT_FILE);
        assertTrue(r.audit().clean(), () -> r.audit().problems().toString());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aHistoryRewrittenWithItsHeadPassesTheChainButNotTheSignedCheckpoint() throws Exception {
        Anchor.Checkpoint signed = r.anchor(key);
        assertEquals(5, signed.seq());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        assertEquals(List.of(), r.verifyAnchor(signed.text(), key));
        assertEquals(List.of(), r.verifyAnchor(signed.shortText(), key), "the bulletin's short form verifies");

        rewriteFrom(3, "已纳入特困供养");

        assertTrue(r.audit().clean(), "the rewrite is consistent: the chain alone cannot tell");
        for (String printed : List.of(signed.text(), signed.shortText())) {
            List<Audit.Problem> problems = r.verifyAnchor(printed, key);
            assertEquals(1, problems.size(), problems::toString);
            assertEquals(Audit.Kind.ANCHOR, problems.get(0).kind());
        }
    }

    @Test
    void aCheckpointOfAnotherKeyIsRefused() {
        Anchor.Checkpoint signed = r.anchor(dir.resolve("other-key.pem"));
        r.anchor(key);
        assertThrows(MismatchException.class, () -> r.verifyAnchor(signed.text(), key));
    }

    @Test
    void anItemsDeadlineOrCountyChangedByHandShows() throws SQLException {
        sql("UPDATE rect_item SET deadline = DATE '2019-12-31' WHERE id = " + a.id());
        assertEquals(List.of(new Audit.Problem(Audit.Kind.ITEM_CHANGED, a.id(), a.noticeNumber() + " #1")),
                r.audit().problems());
        sql("UPDATE rect_item SET deadline = DATE '" + Items.DEADLINE + "', county_code = '370911' WHERE id = "
                + a.id());
        assertEquals(List.of(Audit.Kind.ITEM_CHANGED), r.audit().problems().stream().map(Audit.Problem::kind).toList());
        sql("UPDATE rect_item SET county_code = '370902', detail_masked = '已核实无问题' WHERE id = " + a.id());
        assertEquals(List.of(Audit.Kind.ITEM_CHANGED), r.audit().problems().stream().map(Audit.Problem::kind).toList());
    }

    @Test
    void theBulletinPrintsACheckpointThatCatchesALaterRewrite() throws Exception {
        Path file = new DocumentService(db, TestContexts.now(), org.inspect.testing.TestSettings.PROJECT).bulletin(LocalDate.of(2019, 4, 30), dir);
        String text = PdfText.text(file).replaceAll("\\s+", " ");
        int at = text.indexOf("inspect-anchor v1");
        assertTrue(at >= 0, text);
        String printed = text.substring(at);
        assertEquals(List.of(), r.verifyAnchor(printed, key));

        rewriteFrom(4, "收入核算无误");

        assertEquals(Audit.Kind.ANCHOR, r.verifyAnchor(printed, key).get(0).kind());
    }

    /** Rewrites event {@code from}'s note and every later event's hashes, and the head row, as a forger would. */
    private void rewriteFrom(long from, String note) throws SQLException {
        List<RectificationStore.RawEvent> events = new ArrayList<>();
        r.store().forEachRawEvent(events::add);
        String prev = HashChain.GENESIS;
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE rect_event SET note = ?, prev_hash = ?, hash = ? WHERE seq = ?")) {
            for (RectificationStore.RawEvent e : events) {
                String n = e.seq() == from ? note : e.note();
                String hash = HashChain.hash(prev, e.seq(), e.itemId(), e.at(), e.actor(), e.action(), e.from(),
                        e.to(), e.outcome(), n, e.evidence(), e.subject(), e.subjectHash());
                if (e.seq() >= from) {
                    ps.setString(1, n);
                    ps.setString(2, prev);
                    ps.setString(3, hash);
                    ps.setLong(4, e.seq());
                    ps.executeUpdate();
                }
                prev = hash;
            }
        }
        sql("UPDATE rect_chain_head SET last_hash = '" + prev + "'");
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = db.connection(); Statement st = c.createStatement()) {
            st.executeUpdate(statement);
        }
    }
}
