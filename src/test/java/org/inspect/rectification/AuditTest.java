package org.inspect.rectification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import org.inspect.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.inspect.testing.TestContexts;

/**
 * The audit catches what someone does to the database behind the toolkit's back: an event changed, deleted or
 * inserted, an item's state set by hand, and an evidence file removed or altered in the data folder.
 */
class AuditTest {

    @TempDir
    Path dir;

    private Database db;
    private Rectification r;
    private Item a;
    private Item b;

    @BeforeEach
    void history() {
        db = Database.open(dir.resolve("data"));
        r = new Rectification(db, TestContexts.at("2019-04-02T08:30:00Z"));
        a = Items.one(r, "H-A");                                 // event 1
        b = Items.one(r, "H-B");                                 // event 2
        r.as(TestContexts.named("县民政局")).respond(a.id(), "已纳入低保", Outcome.CLAIMED_FIXED, List.of());   // 3
        r.as(TestContexts.named("县民政局")).contest(b.id(), "收入核算有误", List.of());                        // 4
        r.as(TestContexts.named("市督查组")).accept(a.id(), "复核通过");                                        // 5
        r.as(TestContexts.named("市督查组")).returnItem(b.id(), "理由不充分");                                  // 6
        assertTrue(r.audit().clean(), () -> r.audit().problems().toString());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = db.connection(); Statement st = c.createStatement()) {
            st.executeUpdate(statement);
        }
    }

    private List<Audit.Problem> problems() {
        Audit.Report report = r.audit();
        return report.problems();
    }

    @Test
    void namesAnEventWhoseNoteWasChanged() throws SQLException {
        sql("UPDATE rect_event SET note = '复核通过（补）' WHERE seq = 5");
        assertEquals(List.of(new Audit.Problem(Audit.Kind.CHANGED, 5, "")), problems());
    }

    @Test
    void namesAnEventWhoseActorWasChanged() throws SQLException {
        sql("UPDATE rect_event SET actor = '他人' WHERE seq = 2");
        assertEquals(List.of(new Audit.Problem(Audit.Kind.CHANGED, 2, "")), problems());
    }

    @Test
    void namesTheRangeOfADeletedEvent() throws SQLException {
        sql("DELETE FROM rect_event WHERE seq = 4");
        List<Audit.Problem> p = problems();
        assertTrue(p.contains(new Audit.Problem(Audit.Kind.REMOVED, 5, "4-4")), p::toString);
        // item b's history lost its contest: returning from ISSUED is not a legal step
        assertTrue(p.stream().anyMatch(x -> x.kind() == Audit.Kind.ILLEGAL && x.ref() == 6), p::toString);
    }

    @Test
    void namesADeletedNewestEvent() throws SQLException {
        sql("DELETE FROM rect_event WHERE seq = 6");
        List<Audit.Problem> p = problems();
        assertTrue(p.contains(new Audit.Problem(Audit.Kind.REMOVED, 6, "6-6")), p::toString);
        assertTrue(p.contains(new Audit.Problem(Audit.Kind.STATE, b.id(), "ISSUED CONTESTED")), p::toString);
    }

    @Test
    void namesAnEventInsertedBehindTheStoresBack() throws SQLException {
        // a forger who even computes a valid hash over the last one: the head row does not know it
        String last = r.store().head().lastHash();
        String hash = org.inspect.rectification.internal.HashChain.hash(last, 7, b.id(), "2019-04-03T09:00", "某人",
                "RESPOND", "ISSUED", "RESPONDED", "CLAIMED_FIXED", "已整改", null);
        sql("INSERT INTO rect_event (seq, item_id, event_at, actor, action, from_state, to_state, outcome, note, "
                + "evidence, prev_hash, hash) VALUES (7, " + b.id() + ", TIMESTAMP '2019-04-03 09:00:00', '某人', "
                + "'RESPOND', 'ISSUED', 'RESPONDED', 'CLAIMED_FIXED', '已整改', NULL, '" + last + "', '" + hash + "')");
        List<Audit.Problem> p = problems();
        assertTrue(p.contains(new Audit.Problem(Audit.Kind.INSERTED, 7, "7-7")), p::toString);
        assertTrue(p.contains(new Audit.Problem(Audit.Kind.STATE, b.id(), "ISSUED RESPONDED")), p::toString);
    }

    @Test
    void namesAnEventInsertedIntoTheMiddle() throws SQLException {
        // renumber the last two to make room, then insert a closing of item b as event 6
        sql("UPDATE rect_event SET seq = 8 WHERE seq = 6");
        sql("UPDATE rect_event SET seq = 7 WHERE seq = 5");
        sql("INSERT INTO rect_event (seq, item_id, event_at, actor, action, from_state, to_state, outcome, note, "
                + "evidence, prev_hash, hash) SELECT 5, item_id, event_at, actor, 'ACCEPT', 'CONTESTED', 'WITHDRAWN', "
                + "NULL, '采纳', NULL, hash, hash FROM rect_event WHERE seq = 4");
        List<Audit.Problem> p = problems();
        assertTrue(p.stream().anyMatch(x -> x.kind() == Audit.Kind.CHANGED && x.ref() == 5), p::toString);
        assertTrue(p.stream().anyMatch(x -> x.ref() == 7 || x.ref() == 8), p::toString);
    }

    @Test
    void namesAnItemWhoseStateWasSetByHand() throws SQLException {
        sql("UPDATE rect_item SET state = 'CLOSED' WHERE id = " + b.id());
        assertEquals(List.of(new Audit.Problem(Audit.Kind.STATE, b.id(), "CLOSED ISSUED")), problems());
    }

    @Test
    void keepsEvidenceUnderItsHashAndNamesAMissingOrAlteredFile() throws Exception {
        Path photo = dir.resolve("入户照片.jpg");
        Files.write(photo, "not really a jpeg, but bytes".getBytes(StandardCharsets.UTF_8));
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest("not really a jpeg, but bytes".getBytes(StandardCharsets.UTF_8)));
        Event e = r.as(TestContexts.named("县民政局")).respond(b.id(), "已重新核算", Outcome.CLAIMED_FIXED, List.of(photo));
        assertEquals(List.of(new Evidence("入户照片.jpg", expected)), e.evidence());
        Path kept = dir.resolve("data").resolve("evidence").resolve(expected);
        assertEquals("not really a jpeg, but bytes", Files.readString(kept));
        Rectification.Detail d = r.show(b.id());
        assertEquals(org.inspect.rectification.internal.EvidenceVault.Status.OK, d.evidence().get(expected));
        assertTrue(r.audit().clean());

        Files.writeString(kept, "retouched");
        assertEquals(List.of(new Audit.Problem(Audit.Kind.EVIDENCE_ALTERED, e.seq(), expected + " 入户照片.jpg")),
                problems());
        Files.delete(kept);
        assertEquals(List.of(new Audit.Problem(Audit.Kind.EVIDENCE_MISSING, e.seq(), expected + " 入户照片.jpg")),
                problems());
    }

    @Test
    void refusesAMissingEvidenceFileAndChangesNothing() throws IOException {
        org.inspect.error.BadInputException ex = org.junit.jupiter.api.Assertions.assertThrows(
                org.inspect.error.BadInputException.class, () -> r.as(TestContexts.named("县民政局")).respond(b.id(), "已整改", Outcome.CLAIMED_FIXED,
                        List.of(dir.resolve("nope.pdf"))));
        assertEquals("rect.noEvidence", ex.messageKey());
        assertEquals(State.ISSUED, r.store().item(b.id()).state());
        assertEquals(6, r.store().head().lastSeq());
    }
}
