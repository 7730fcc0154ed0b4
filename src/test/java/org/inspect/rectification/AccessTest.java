package org.inspect.rectification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.inspect.context.Actor;
import org.inspect.context.Role;
import org.inspect.error.ForbiddenException;
import org.inspect.store.Database;
import org.inspect.testing.TestContexts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who may move an item (issue 21): roles, the county's scope and four eyes, enforced by the service itself. */
class AccessTest {

    @TempDir
    static Path dir;

    private static Database db;
    private static Rectification r;

    private static final Actor LEADER = new Actor("zuzhang", Role.LEADER, null);
    private static final Actor LEADER2 = new Actor("fuzuzhang", Role.LEADER, null);
    private static final Actor TAISHAN = new Actor("taishan", Role.COUNTY, "370902");
    private static final Actor DAIYUE = new Actor("daiyue", Role.COUNTY, "370911");
    private static final Actor INSPECTOR = new Actor("ducha", Role.INSPECTOR, null);
    private static final Actor VIEWER = new Actor("kan", Role.VIEWER, null);

    @BeforeAll
    static void open() {
        db = Database.open(dir);
        r = new Rectification(db, TestContexts.at("2019-04-02T08:30:00Z")).withFourEyes(true);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    /** An item of 泰山区 opened by notice issuer {@code issuer}. */
    private static Item issuedBy(Actor issuer, String household) {
        return r.as(issuer).open(List.of(Items.missedDibao("370902", household, 1))).get(0);
    }

    @Test
    void onlyTheItemsOwnCountyOfficerResponds() {
        Item i = issuedBy(LEADER, "H-a1");
        ForbiddenException other = assertThrows(ForbiddenException.class,
                () -> r.as(DAIYUE).respond(i.id(), "已整改", Outcome.CLAIMED_FIXED, List.of()));
        assertEquals("access.county", other.messageKey());
        for (Actor a : List.of(LEADER, INSPECTOR, VIEWER)) {
            ForbiddenException e = assertThrows(ForbiddenException.class,
                    () -> r.as(a).respond(i.id(), "已整改", Outcome.CLAIMED_FIXED, List.of()), a.name());
            assertEquals("access.denied", e.messageKey());
        }
        assertEquals(State.ISSUED, r.store().item(i.id()).state(), "nothing changed");
        Event e = r.as(TAISHAN).respond(i.id(), "已整改", Outcome.CLAIMED_FIXED, List.of());
        assertEquals("taishan", e.actor());
    }

    @Test
    void onlyTheTeamLeaderReviewsAndIssues() {
        Item i = issuedBy(LEADER, "H-a2");
        r.as(TAISHAN).respond(i.id(), "已整改", Outcome.CLAIMED_FIXED, List.of());
        for (Actor a : List.of(TAISHAN, INSPECTOR, VIEWER)) {
            assertThrows(ForbiddenException.class, () -> r.as(a).accept(i.id(), "复核通过"), a.name());
            assertThrows(ForbiddenException.class, () -> r.as(a).returnItem(i.id(), "不全"), a.name());
        }
        assertThrows(ForbiddenException.class,
                () -> r.as(INSPECTOR).open(List.of(Items.missedDibao("370902", "H-a2b", 1))));
        assertEquals(State.CLOSED, r.as(LEADER2).accept(i.id(), "复核通过").to());
    }

    @Test
    void fourEyesTheAccountThatAnsweredCannotReviewIt() {
        Item i = issuedBy(LEADER, "H-a3");
        // an account holding both roles is not a thing; the same name acting as officer then leader is the case
        Actor officer = new Actor("wang", Role.COUNTY, "370902");
        Actor sameAsLeader = new Actor("wang", Role.LEADER, null);
        r.as(officer).respond(i.id(), "已整改", Outcome.CLAIMED_FIXED, List.of());
        ForbiddenException accept = assertThrows(ForbiddenException.class,
                () -> r.as(sameAsLeader).accept(i.id(), "复核通过"));
        assertEquals("rect.fourEyes.answer", accept.messageKey());
        ForbiddenException ret = assertThrows(ForbiddenException.class,
                () -> r.as(sameAsLeader).returnItem(i.id(), "不全"));
        assertEquals("rect.fourEyes.answer", ret.messageKey());
        assertEquals(State.RESPONDED, r.store().item(i.id()).state());
        assertEquals(State.CLOSED, r.as(LEADER2).accept(i.id(), "复核通过").to());
    }

    @Test
    void fourEyesTheIssuerCannotAcceptItsItems() {
        Item i = issuedBy(LEADER, "H-a4");
        r.as(TAISHAN).contest(i.id(), "该户已另行纳入", List.of());
        ForbiddenException e = assertThrows(ForbiddenException.class, () -> r.as(LEADER).accept(i.id(), "同意"));
        assertEquals("rect.fourEyes.issuer", e.messageKey());
        assertEquals(State.CONTESTED, r.store().item(i.id()).state());
        assertEquals(State.WITHDRAWN, r.as(LEADER2).accept(i.id(), "同意").to());
        assertTrue(r.audit().clean());
    }

    @Test
    void fourEyesCanBeTurnedOffAndNeverBindsTheOneOperator() {
        Item i = issuedBy(LEADER, "H-a5");
        r.as(TAISHAN).respond(i.id(), "已整改", Outcome.CLAIMED_FIXED, List.of());
        assertEquals(State.CLOSED, r.withFourEyes(false).as(LEADER).accept(i.id(), "复核通过").to());
        Item j = issuedBy(Actor.operator("solo"), "H-a6");
        r.as(Actor.operator("solo")).respond(j.id(), "已整改", Outcome.CLAIMED_FIXED, List.of());
        assertEquals(State.CLOSED, r.as(Actor.operator("solo")).accept(j.id(), "复核通过").to());
    }

    @Test
    void aCountyOfficerSeesOnlyItsCounty() {
        issuedBy(LEADER, "H-a7");
        r.as(LEADER).open(List.of(Items.missedDibao("370911", "H-a8", 2)));
        assertTrue(r.as(TAISHAN).list(new Rectification.Filter(null, null, false, Items.DEADLINE)).stream()
                .allMatch(row -> row.item().countyCode().equals("370902")));
        assertThrows(ForbiddenException.class,
                () -> r.as(TAISHAN).list(new Rectification.Filter("370911", null, false, Items.DEADLINE)));
        long daiyueItem = r.as(DAIYUE).list(new Rectification.Filter(null, null, false, Items.DEADLINE)).get(0)
                .item().id();
        assertThrows(ForbiddenException.class, () -> r.as(TAISHAN).show(daiyueItem));
    }
}
