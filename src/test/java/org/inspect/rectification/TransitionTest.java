package org.inspect.rectification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.inspect.error.BadInputException;
import org.inspect.error.ConflictException;
import org.inspect.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.inspect.testing.TestContexts;

/** Every transition of issue 11's table, every refused one (nothing changes), withdrawal and overdue. */
class TransitionTest {

    @TempDir
    static Path dir;

    private static Database db;
    private static Rectification r;

    /** One database for the class (opening one takes seconds); every test makes items of its own households. */
    @BeforeAll
    static void open() {
        db = Database.open(dir);
        r = new Rectification(db, TestContexts.at("2019-04-02T08:30:00Z"));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    /** The verbs, as the CLI calls them. */
    enum Verb { RESPOND, CONTEST, ACCEPT, RETURN, REOPEN, CONFIRM }

    private static Event apply(Verb v, long id) {
        return switch (v) {
            case RESPOND -> r.as(TestContexts.named("县民政局")).respond(id, "已纳入低保，2019-04-01 审批", Outcome.CLAIMED_FIXED, List.of());
            case CONTEST -> r.as(TestContexts.named("县民政局")).contest(id, "该户收入核算有误", List.of());
            case ACCEPT -> r.as(TestContexts.named("市督查组")).accept(id, "复核通过");
            case RETURN -> r.as(TestContexts.named("市督查组")).returnItem(id, "佐证材料不全");
            case REOPEN -> r.as(TestContexts.named("市督查组")).reopen(id, "复查仍未纳入");
            case CONFIRM -> r.as(TestContexts.named("市督查组")).confirm(id, null);
        };
    }

    /** Drives a fresh item into {@code state} by legal steps. */
    private static Item inState(State state, String household) {
        Item i = Items.one(r, household);
        List<Verb> path = switch (state) {
            case ISSUED -> List.of();
            case RESPONDED -> List.of(Verb.RESPOND);
            case CONTESTED -> List.of(Verb.CONTEST);
            case CLOSED -> List.of(Verb.RESPOND, Verb.ACCEPT);
            case WITHDRAWN -> List.of(Verb.CONTEST, Verb.ACCEPT);
            case REOPENED -> List.of(Verb.RESPOND, Verb.ACCEPT, Verb.REOPEN);
        };
        path.forEach(v -> apply(v, i.id()));
        Item now = r.store().item(i.id());
        assertEquals(state, now.state());
        return now;
    }

    /** The allowed moves, written out from the issue's table. */
    private static final Map<State, Map<Verb, State>> ALLOWED = Map.of(
            State.ISSUED, Map.of(Verb.RESPOND, State.RESPONDED, Verb.CONTEST, State.CONTESTED),
            State.REOPENED, Map.of(Verb.RESPOND, State.RESPONDED, Verb.CONTEST, State.CONTESTED),
            State.RESPONDED, Map.of(Verb.ACCEPT, State.CLOSED, Verb.RETURN, State.ISSUED),
            State.CONTESTED, Map.of(Verb.ACCEPT, State.WITHDRAWN, Verb.RETURN, State.ISSUED),
            State.CLOSED, Map.of(Verb.REOPEN, State.REOPENED, Verb.CONFIRM, State.CLOSED),
            State.WITHDRAWN, Map.of());

    static Stream<Arguments> allowed() {
        List<Arguments> out = new ArrayList<>();
        ALLOWED.forEach((from, moves) -> moves.forEach((v, to) -> out.add(Arguments.of(from, v, to))));
        return out.stream();
    }

    static Stream<Arguments> refused() {
        List<Arguments> out = new ArrayList<>();
        for (State from : State.values()) {
            for (Verb v : Verb.values()) {
                if (!ALLOWED.get(from).containsKey(v)) {
                    out.add(Arguments.of(from, v));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @MethodSource("allowed")
    void movesAnItemAsTheTableSays(State from, Verb verb, State to) {
        Item i = inState(from, "H-" + from + verb);
        int before = r.store().events(i.id()).size();
        Event e = apply(verb, i.id());
        assertEquals(from, e.from());
        assertEquals(to, e.to());
        assertEquals(to, r.store().item(i.id()).state());
        List<Event> events = r.store().events(i.id());
        assertEquals(before + 1, events.size());
        assertEquals(e.hash(), events.get(events.size() - 1).hash());
        assertTrue(r.audit().clean(), () -> r.audit().problems().toString());
    }

    @ParameterizedTest(name = "{0} refuses {1}")
    @MethodSource("refused")
    void refusesAnyOtherMoveAndChangesNothing(State from, Verb verb) {
        Item i = inState(from, "H-" + from + verb);
        List<Event> before = r.store().events(i.id());
        RectificationStore.Head head = r.store().head();
        ConflictException e = assertThrows(ConflictException.class, () -> apply(verb, i.id()));
        assertEquals("rect.refused", e.messageKey());
        Object[] args = e.messageArgs();
        assertEquals(from.chinese(), args[1]);
        assertEquals(from.name(), args[2]);
        // the domain names the action and the actions that apply; the CLI and the web word them
        assertEquals(Action.valueOf(verb.name()), args[3]);
        List<Action> applicable = new ArrayList<>();
        ALLOWED.get(from).keySet().stream().sorted().forEach(v -> applicable.add(Action.valueOf(v.name())));
        assertEquals(applicable, List.of((Action[]) args[4]));
        assertEquals(from, r.store().item(i.id()).state());
        assertEquals(before, r.store().events(i.id()));
        assertEquals(head, r.store().head());
    }

    @Test
    void dismissingTheFindingWithdrawsAnOpenItemThroughTheHistory() {
        Item i = inState(State.RESPONDED, "H-dismiss");
        Event e = r.as(TestContexts.named("市督查组")).withdrawFinding(i.findingKey(), "经复核该户不符合条件");
        assertEquals(State.RESPONDED, e.from());
        assertEquals(State.WITHDRAWN, r.store().item(i.id()).state());
        assertEquals(Action.WITHDRAW, r.store().events(i.id()).get(2).action());
        assertNull(r.as(TestContexts.named("市督查组")).withdrawFinding(i.findingKey(), "again"),
                "a withdrawn item stays as it is");
        assertTrue(r.audit().clean());
    }

    @Test
    void dismissingTheFindingOfAClosedItemLeavesItClosed() {
        Item i = inState(State.CLOSED, "H-closed");
        assertNull(r.as(TestContexts.named("市督查组")).withdrawFinding(i.findingKey(), "经复核该户不符合条件"));
        assertEquals(State.CLOSED, r.store().item(i.id()).state());
    }

    @Test
    void aProblemAlreadyFollowedKeepsItsItemWhenNoticedAgain() {
        Item first = Items.one(r, "H-same");
        List<Item> again = r.as(TestContexts.named("市督查组")).open(List.of(Items.missedDibao("370902", "H-same", 7)));
        assertTrue(again.isEmpty());
        List<Item> same = r.store().items(null).stream().filter(i -> i.householdId().equals("H-same")).toList();
        assertEquals(List.of(first.id()), same.stream().map(Item::id).toList());
    }

    @Test
    void isOverdueOnlyAfterTheDeadlineDayAndOnlyWhileOpen() {
        Item open = Items.one(r, "H-open");
        Item closed = inState(State.CLOSED, "H-closed2");
        Item withdrawn = inState(State.WITHDRAWN, "H-withdrawn");
        Item responded = inState(State.RESPONDED, "H-responded");
        LocalDate deadline = LocalDate.of(2019, 4, 19);
        BiFunction<Item, LocalDate, Boolean> overdue = (item, day) -> r.list(new Rectification.Filter(null, null,
                false, day)).stream().filter(row -> row.item().id() == item.id()).findFirst().orElseThrow().overdue();
        assertFalse(overdue.apply(open, deadline.minusDays(1)));
        assertFalse(overdue.apply(open, deadline), "the deadline day itself is still in time");
        assertTrue(overdue.apply(open, deadline.plusDays(1)));
        assertFalse(overdue.apply(responded, deadline.plusDays(1)),
                "a response given by the deadline waits for the city's review: the wait is not the county's");
        assertFalse(overdue.apply(closed, deadline.plusDays(30)));
        assertFalse(overdue.apply(withdrawn, deadline.plusDays(30)));
        List<Long> overdueOnly = r.list(new Rectification.Filter(null, null, true, deadline.plusDays(1))).stream()
                .map(row -> row.item().id()).toList();
        assertTrue(overdueOnly.contains(open.id()));
        assertFalse(overdueOnly.contains(responded.id()) || overdueOnly.contains(closed.id())
                || overdueOnly.contains(withdrawn.id()));
    }

    @Test
    void showsAResponseInTimeAsAwaitingReviewAndALateOneAsOverdue() {
        Item inTime = Items.one(r, "H-in-time");
        Item late = Items.one(r, "H-late");
        LocalDate deadline = LocalDate.of(2019, 4, 19);
        r.respond(inTime.id(), "已纳入", Outcome.CLAIMED_FIXED, List.of());
        r.withClock(java.time.Clock.fixed(java.time.Instant.parse("2019-04-25T01:00:00Z"),
                java.time.ZoneId.of("Asia/Shanghai"))).respond(late.id(), "已纳入", Outcome.CLAIMED_FIXED, List.of());
        java.util.Map<Long, Rectification.Row> rows = new java.util.HashMap<>();
        r.list(new Rectification.Filter(null, null, false, deadline.plusDays(10)))
                .forEach(row -> rows.put(row.item().id(), row));
        assertTrue(rows.get(inTime.id()).awaitingReview());
        assertFalse(rows.get(inTime.id()).overdue());
        assertFalse(rows.get(late.id()).awaitingReview());
        assertTrue(rows.get(late.id()).overdue(), "answered after the deadline, it stays overdue until closed");
        assertEquals("待复核", new ItemTable(false).cells(rows.get(inTime.id())).get(10));
    }

    @Test
    void refusesAnEventDatedBeforeTheEventItFollows() {
        Item item = Items.one(r, "H-order");
        Rectification later = r.withClock(java.time.Clock.fixed(java.time.Instant.parse("2019-04-10T01:00:00Z"),
                java.time.ZoneId.of("Asia/Shanghai")));
        later.respond(item.id(), "已纳入", Outcome.CLAIMED_FIXED, List.of());
        Rectification earlier = r.withClock(java.time.Clock.fixed(java.time.Instant.parse("2019-04-05T01:00:00Z"),
                java.time.ZoneId.of("Asia/Shanghai")));
        org.inspect.error.ConflictException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.inspect.error.ConflictException.class, () -> earlier.accept(item.id(), "复核通过"));
        assertTrue(e.getMessage().contains("2019-04-05") && e.getMessage().contains("2019-04-10"), e.getMessage());
        assertEquals(State.RESPONDED, r.store().item(item.id()).state(), "nothing changed");
    }

    @Test
    void datesTheIssueEventByTheNoticesIssueDateNotTheClock() {
        Rectification.NewItem n = Items.missedDibao("370902", "H-issued-on", 1);
        Item item = r.open(List.of(n)).get(0);
        assertEquals(n.issuedOn(), r.store().events(item.id()).get(0).at().toLocalDate());
    }

    @Test
    void refusesABlankNote() {
        Item i = Items.one(r, "H-blank");
        BadInputException e = assertThrows(BadInputException.class,
                () -> r.as(TestContexts.named("县民政局")).respond(i.id(), "  ", Outcome.CLAIMED_FIXED, List.of()));
        assertEquals("rect.required", e.messageKey());
        assertEquals(org.inspect.error.Field.NOTE, e.messageArgs()[0]);
        assertEquals(State.ISSUED, r.store().item(i.id()).state());
    }
}
