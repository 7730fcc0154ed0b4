package org.inspect.rectification;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.inspect.context.Actor;
import org.inspect.context.Context;
import org.inspect.context.Permission;
import org.inspect.context.Policy;
import org.inspect.error.ForbiddenException;
import org.inspect.error.BadInputException;
import org.inspect.error.ConflictException;
import org.inspect.error.Field;
import org.inspect.rectification.internal.EvidenceVault;
import org.inspect.rectification.internal.RectEventEntity;
import org.inspect.store.TextLimits;
import org.inspect.store.Database;

/**
 * The rectification use cases (issue 11): items opened by issuing a notice, the county's responses and contests,
 * the city's decisions, re-inspection outcomes, a dismissed finding's withdrawal, the lists and the audit. A
 * transition the table does not allow is refused with the item's state and the actions that apply, and nothing
 * changes.
 */
public final class Rectification {

    /** The note of a confirmation given without one. */
    static final String CONFIRMED = "复查合格";

    /** The longest name, note and evidence list an event keeps: its columns' lengths. */
    static final int ACTOR_LIMIT = TextLimits.of(RectEventEntity.class, "actor");
    static final int NOTE_LIMIT = TextLimits.of(RectEventEntity.class, "note");
    static final int EVIDENCE_LIMIT = TextLimits.of(RectEventEntity.class, "evidence");

    private final RectificationStore store;
    private final EvidenceVault vault;
    private final Context context;
    private final Guard guard;

    /**
     * The use cases over {@code db}, acted by {@code context}'s account and dated by its clock, with four eyes on (the
     * shipped {@link Policy#DEFAULT}): for reading the items and issuing them, which four eyes does not concern. A
     * caller that moves items as the city decided gives its policy ({@link #Rectification(Database, Context, Policy)}).
     */
    public Rectification(Database db, Context context) {
        this(db, context, Policy.DEFAULT);
    }

    /**
     * The use cases over {@code db}, acted by {@code context}'s account and dated by its clock, four eyes as the
     * city's {@code policy} ({@code config/access.properties}) says.
     */
    public Rectification(Database db, Context context, Policy policy) {
        this(new RectificationStore(db), new EvidenceVault(db.dataDir()), context, new Guard(policy.fourEyes()));
    }

    private Rectification(RectificationStore store, EvidenceVault vault, Context context, Guard guard) {
        this.store = store;
        this.vault = vault;
        this.context = context;
        this.guard = guard;
    }

    /** The same service with four eyes {@code on} or off, whatever the configuration says. */
    public Rectification withFourEyes(boolean on) {
        return new Rectification(store, vault, context, new Guard(on));
    }

    /** The context this service acts in. */
    public Context context() {
        return context;
    }

    public RectificationStore store() {
        return store;
    }

    EvidenceVault vault() {
        return vault;
    }

    /** The problem a notice names, to become an item. */
    public record NewItem(String findingKey, long findingId, long noticeId, String noticeNumber, int itemNo,
            String countyCode, String rule, String householdId, String caseId, String idNumber, String detail,
            String detailMasked, LocalDate issuedOn, LocalDate deadline) {
    }

    /**
     * Opens an item (state ISSUED, with its ISSUE event) for each problem that has none yet; a problem already
     * followed (the same finding key, from an earlier notice) keeps its item. Returns the items opened.
     */
    public List<Item> open(List<NewItem> items) {
        checkActor();
        List<Item> created = new ArrayList<>();
        context.actor().require(Permission.ISSUE);
        store.inTransaction(tx -> created.addAll(open(tx, items)));
        return created;
    }

    /**
     * {@link #open} within a transaction of the chain already begun ({@link RectificationStore#joined}): the notices
     * that name the items are recorded in the same one, so that both are recorded or neither.
     */
    public List<Item> open(RectificationStore.Tx tx, List<NewItem> items) {
        checkActor();
        context.actor().require(Permission.ISSUE);
        // the keys followed already, read once under the chain's lock (the same problem named twice opens one item)
        java.util.Set<String> followed = tx.itemKeys();
        List<Item> drafts = new ArrayList<>();
        List<RectificationStore.Draft> issues = new ArrayList<>();
        for (NewItem n : items) {
            if (!followed.add(n.findingKey())) {
                continue;
            }
            drafts.add(new Item(0, n.findingKey(), n.findingId(), n.noticeId(), n.noticeNumber(), n.itemNo(),
                    n.countyCode(), n.rule(), n.householdId(), n.caseId(), n.idNumber(), n.detail(),
                    n.detailMasked(), n.issuedOn(), n.deadline(), null));
            issues.add(new RectificationStore.Draft(Action.ISSUE, State.ISSUED, null, n.noticeNumber(), List.of(),
                    actor(), issuedAt(n.issuedOn())));
        }
        return tx.insert(drafts, issues);
    }

    /** The county reports what it did (ISSUED/REOPENED → RESPONDED); {@code claim} is its 整改结果. */
    public Event respond(long id, String note, Outcome claim, List<Path> evidence) {
        return act(id, Action.RESPOND, claim == null ? Outcome.CLAIMED_FIXED : claim, required(note, Field.NOTE),
                evidence);
    }

    /** The county says the finding is wrong (ISSUED/REOPENED → CONTESTED). */
    public Event contest(long id, String note, List<Path> evidence) {
        return act(id, Action.CONTEST, null, required(note, Field.NOTE), evidence);
    }

    /** The city accepts a response (→ CLOSED, 复核通过) or a contest (→ WITHDRAWN). */
    public Event accept(long id, String note) {
        return act(id, Action.ACCEPT, null, required(note, Field.NOTE), List.of());
    }

    /** The city returns a response or contest with its reason (→ ISSUED). */
    public Event returnItem(long id, String reason) {
        return act(id, Action.RETURN, null, required(reason, Field.REASON), List.of());
    }

    /** Re-inspection found a closed item unfixed (CLOSED → REOPENED). */
    public Event reopen(long id, String note) {
        return act(id, Action.REOPEN, null, required(note, Field.NOTE), List.of());
    }

    /** Re-inspection found a closed item fixed (recorded; it stays CLOSED). */
    public Event confirm(long id, String note) {
        return act(id, Action.CONFIRM, null, note == null || note.isBlank() ? CONFIRMED
                : TextLimits.check(Field.NOTE, note.strip(), NOTE_LIMIT), List.of());
    }

    /**
     * A finding was dismissed: the open item of its problem (its stable key, whichever check run found it) is
     * withdrawn, through the same history. Returns the event, or null when no open item follows that problem.
     */
    public Event withdrawFinding(String findingKey, String reason) {
        checkActor();
        TextLimits.check(Field.REASON, reason, NOTE_LIMIT);
        Event[] out = new Event[1];
        context.actor().require(Permission.INSPECT);
        store.inTransaction(tx -> {
            Item current = tx.itemByKey(findingKey);
            if (current != null && current.state().open()) {
                notBefore(current, now());
                out[0] = tx.append(current, draft(Action.WITHDRAW, State.WITHDRAWN, null, reason, List.of()));
            }
        });
        return out[0];
    }

    /** A change to apply, checked and applied with others all at once (the import of a ledger). */
    public record Change(long itemId, Action action, Outcome outcome, String note, List<Path> evidence) {
    }

    /** Applies every change or none: a refused one rolls back all of them. */
    public List<Event> applyAll(List<Change> changes) {
        checkActor();
        for (Change ch : changes) {
            TextLimits.check("item " + ch.itemId(), ch.note(), NOTE_LIMIT);
            checkEvidenceNames(ch.evidence().stream().map(p -> p.getFileName().toString()).toList());
        }
        Map<Path, Evidence> kept = new HashMap<>();
        List<Event> out = new ArrayList<>();
        store.inTransaction(tx -> {
            for (Change ch : changes) {
                Item item = tx.item(ch.itemId());
                guard.check(context.actor(), item, ch.action(), true, store.events(item.id()));
                State to = target(item, ch.action());
                notBefore(item, now());
                List<Evidence> ev = new ArrayList<>();
                for (Path p : ch.evidence()) {
                    ev.add(kept.computeIfAbsent(p, this::keep));
                }
                out.add(tx.append(item, draft(ch.action(), to, ch.outcome(), ch.note(), ev)));
            }
        });
        return out;
    }

    /** What a reconcile found on one item: the outcome and its evidence text. */
    record Observation(long itemId, Outcome outcome, String note) {
    }

    /**
     * Records what a reconcile found (each item's state stays), with its evidence text as the note, and accepts the
     * responses in {@code accept} that are still RESPONDED with {@code acceptNote}: all in one transaction, so that a
     * reconcile that fails half-way keeps nothing and a rerun records each observation once. Returns the items
     * accepted.
     */
    List<Long> recordAll(List<Observation> observations, List<Long> accept, String acceptNote) {
        checkActor();
        List<Long> accepted = new ArrayList<>();
        store.inTransaction(tx -> {
            Function<Long, List<Event>> events = histories();
            for (Observation o : observations) {
                Item item = tx.item(o.itemId());
                guard.check(context.actor(), item, Action.RECONCILE, false, List.of());
                notBefore(item, now(), events.apply(item.id()));
                // the note quotes the rules engine's sentence, which may be long: kept to the column, not refused
                String note = o.note().length() <= NOTE_LIMIT ? o.note() : o.note().substring(0, NOTE_LIMIT);
                tx.append(item, draft(Action.RECONCILE, item.state(), o.outcome(), note, List.of()));
            }
            for (long id : accept) {
                Item item = tx.item(id);
                if (item.state() == State.RESPONDED && mayAccept(item, events.apply(id))) {
                    tx.append(item, draft(Action.ACCEPT, target(item, Action.ACCEPT), null, acceptNote, List.of()));
                    accepted.add(id);
                }
            }
        });
        return accepted;
    }

    /**
     * The open items' histories as committed, read at once: taken in a transaction of the chain, after its lock and
     * before its first event, it is what a read per item would give all along the transaction (others wait for the
     * lock; the transaction's own events are not committed). An item not open by then is read on its own.
     */
    private Function<Long, List<Event>> histories() {
        Map<Long, List<Event>> open = store.eventsOfOpenItems();
        return id -> open.containsKey(id) ? open.get(id) : store.events(id);
    }

    /**
     * Whether the reconcile's account may accept {@code item}, whose history is {@code events} (its role, and four
     * eyes: not the account that recorded the response); an item it may not accept stays RESPONDED for another
     * reviewer.
     */
    private boolean mayAccept(Item item, List<Event> events) {
        try {
            guard.check(context.actor(), item, Action.ACCEPT, false, events);
            return true;
        } catch (org.inspect.error.ForbiddenException e) {
            return false;
        }
    }

    private Event act(long id, Action action, Outcome outcome, String note, List<Path> files) {
        checkActor();
        checkEvidenceNames(files.stream().map(p -> p.getFileName().toString()).toList());
        Item current = store.item(id);
        guard.check(context.actor(), current, action, false, store.events(id));
        target(current, action);
        notBefore(current, now());
        List<Evidence> evidence = new ArrayList<>();
        for (Path p : files) {
            evidence.add(keep(p));
        }
        Event[] out = new Event[1];
        store.inTransaction(tx -> {
            Item item = tx.item(id);
            out[0] = tx.append(item, draft(action, target(item, action), outcome, note, evidence));
        });
        return out[0];
    }

    /**
     * The state {@code action} leads to, or the refusal naming the state, the action and the actions that apply (an
     * {@code Action[]}, empty when none does), which the shell words as its commands or buttons.
     */
    static State target(Item item, Action action) {
        State to = action.target(item.state());
        if (to == null) {
            List<Action> applicable = Action.applicable(item.state());
            throw new ConflictException("item " + item.id() + " is " + item.state() + ": " + action
                    + " does not apply; applicable: " + applicable).localized("rect.refused", item.id(),
                            item.state().chinese(), item.state().name(), action, applicable.toArray(Action[]::new));
        }
        return to;
    }

    private Evidence keep(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("evidence file not found: " + file).localized("rect.noEvidence", file);
        }
        return new Evidence(file.getFileName().toString(), vault.keep(file));
    }

    private RectificationStore.Draft draft(Action a, State to, Outcome o, String note, List<Evidence> ev) {
        return new RectificationStore.Draft(a, to, o, note, ev, actor(), now());
    }

    /**
     * The county a list may show: the one asked (null: all), narrowed to the acting account's own county; another
     * county's is refused.
     */
    private String scope(String asked) {
        Actor a = context.actor();
        a.require(Permission.READ);
        if (a.countyCode() == null) {
            return asked;
        }
        if (asked != null && !a.covers(asked)) {
            throw new ForbiddenException(a.name() + " may not see county " + asked).localized("access.county",
                    a.name(), asked);
        }
        return a.countyCode();
    }

    /** The name every event records: the acting account's. */
    private String actor() {
        return context.actor().name();
    }

    private LocalDateTime now() {
        return context.now();
    }

    /**
     * The moment an ISSUE event carries: the notice's issue date (its time of day from the context, 09:00 when the
     * context stands on another day), so that an item's history starts on the day the notice says it was issued.
     */
    private LocalDateTime issuedAt(LocalDate issuedOn) {
        LocalDateTime now = now();
        return issuedOn == null || issuedOn.equals(now.toLocalDate()) ? now : issuedOn.atTime(Context.OFFICE_HOURS);
    }

    /**
     * Refuses an event dated before the last event of the item's history: the history reads in the order things
     * happened, so a return cannot precede the response it returns.
     */
    private void notBefore(Item item, LocalDateTime at) {
        notBefore(item, at, store.events(item.id()));
    }

    /** {@link #notBefore(Item, LocalDateTime)} for an item whose history is {@code events}. */
    private void notBefore(Item item, LocalDateTime at, List<Event> events) {
        if (events.isEmpty()) {
            return;
        }
        LocalDate last = events.get(events.size() - 1).at().toLocalDate();
        if (at.toLocalDate().isBefore(last)) {
            throw new ConflictException("item " + item.id() + ": an event dated " + at.toLocalDate()
                    + " cannot follow its last event of " + last + "; date it " + last + " or later")
                    .localized("rect.beforeLast", item.id(), at.toLocalDate().toString(), last.toString());
        }
    }

    private static String required(String text, Field field) {
        if (text == null || text.isBlank()) {
            throw new BadInputException(field + " is required").localized("rect.required", field);
        }
        return TextLimits.check(field, text.strip(), NOTE_LIMIT);
    }

    /** The acting account's name fits the events' column (it may come from a sign-in or the operator's name). */
    private void checkActor() {
        TextLimits.check(Field.ACCOUNT, actor(), ACTOR_LIMIT);
    }

    /** The evidence files' names, as an event keeps them (one line each with its SHA-256), fit its column. */
    static void checkEvidenceNames(List<String> names) {
        int length = names.stream().mapToInt(n -> 64 + 1 + n.length()).sum() + Math.max(0, names.size() - 1);
        if (length > EVIDENCE_LIMIT) {
            throw new BadInputException("evidence: the file names are too long: " + length + " characters with "
                    + "their hashes, at most " + EVIDENCE_LIMIT).localized("input.tooLong", Field.EVIDENCE,
                            EVIDENCE_LIMIT, length);
        }
    }

    /**
     * An item in a list: overdue on the day asked, and whether the rolls contradict its response.
     * {@code awaitingReview}: the county answered (responded or contested) by the deadline and the answer waits
     * for the city's review (待复核); such an item is not overdue, the wait is the city's.
     */
    public record Row(Item item, boolean overdue, Outcome claim, Outcome rolls, boolean contradicted,
            LocalDate closedOn, boolean awaitingReview) {

        public Row(Item item, boolean overdue, Outcome claim, Outcome rolls, boolean contradicted,
                LocalDate closedOn) {
            this(item, overdue, claim, rolls, contradicted, closedOn, false);
        }
    }

    /** A filter of {@link #list}; null fields match everything. */
    public record Filter(String countyCode, State state, boolean overdueOnly, LocalDate asOf) {
    }

    /** The items that match, in notice and item order, with what their events say. */
    public List<Row> list(Filter f) {
        Map<Long, Trail> trails = trails();
        List<Row> out = new ArrayList<>();
        for (Item i : store.items(scope(f.countyCode()))) {
            if (f.state() != null && i.state() != f.state()) {
                continue;
            }
            Trail t = trails.getOrDefault(i.id(), new Trail());
            boolean awaitingReview = t.answeredInTime(i);
            boolean overdue = i.overdue(f.asOf()) && !awaitingReview;
            if (f.overdueOnly() && !overdue) {
                continue;
            }
            out.add(new Row(i, overdue, t.claim, t.rolls, t.contradicted(i.state()),
                    i.state() == State.CLOSED ? t.closedOn : null, awaitingReview));
        }
        return out;
    }

    /** Per item: the county's latest claim and what the latest reconcile after it found. */
    private static final class Trail {
        Outcome claim;
        Outcome rolls;
        boolean rollsAfterClaim;
        LocalDate closedOn;
        LocalDate answeredOn;

        /** The county's answer waits for the city and was given by the deadline. */
        boolean answeredInTime(Item item) {
            return (item.state() == State.RESPONDED || item.state() == State.CONTESTED) && answeredOn != null
                    && !answeredOn.isAfter(item.deadline());
        }

        boolean contradicted(State state) {
            return (state == State.RESPONDED || state == State.CLOSED) && claim == Outcome.CLAIMED_FIXED
                    && rollsAfterClaim && rolls == Outcome.PRESENT;
        }
    }

    private Map<Long, Trail> trails() {
        Map<Long, Trail> out = new HashMap<>();
        store.forEachEvent(e -> {
            Trail t = out.computeIfAbsent(e.itemId(), k -> new Trail());
            if (e.to() == State.CLOSED && e.from() != State.CLOSED) {
                t.closedOn = e.at().toLocalDate();
            }
            if (e.action() == Action.RESPOND || e.action() == Action.CONTEST) {
                t.answeredOn = e.at().toLocalDate();
            }
            if (e.action() == Action.RESPOND) {
                t.claim = e.outcome();
                t.rollsAfterClaim = false;
            } else if (e.action() == Action.RECONCILE) {
                t.rolls = e.outcome();
                t.rollsAfterClaim = t.claim != null;
            } else if (e.action() == Action.RETURN || e.action() == Action.CONTEST) {
                t.claim = null;
                t.rollsAfterClaim = false;
            }
        });
        return out;
    }

    /** The same service with its events dated by {@code clock} (the demo's campaign days). */
    public Rectification withClock(Clock other) {
        return new Rectification(store, vault, context.withClock(other), guard);
    }

    /** The same service acted by {@code other}. */
    public Rectification as(Actor other) {
        return new Rectification(store, vault, context.as(other), guard);
    }

    /** The progress figures on {@code asOf} of the items of {@code noticeIds} (null: every item); see {@link Progress}. */
    public Progress progress(LocalDate asOf, java.util.Set<Long> noticeIds) {
        List<Row> rows = list(new Filter(null, null, false, asOf)).stream()
                .filter(r -> noticeIds == null || noticeIds.contains(r.item().noticeId())).toList();
        return Progress.of(asOf, rows);
    }

    /** An item with its history and the state of each evidence file kept for it. */
    public record Detail(Item item, List<Event> events, Map<String, EvidenceVault.Status> evidence) {
    }

    public Detail show(long id) {
        Item item = store.item(id);
        context.actor().require(Permission.READ, item.countyCode());
        List<Event> events = store.events(id);
        Map<String, EvidenceVault.Status> ev = new java.util.LinkedHashMap<>();
        events.forEach(e -> e.evidence().forEach(x -> ev.put(x.sha256(), vault.check(x.sha256()))));
        return new Detail(item, events, ev);
    }

    /**
     * The kept copy of evidence file {@code sha256} of item {@code id}, for a reader who may see the item: only a
     * file one of the item's events names, and only while its bytes still have that hash.
     */
    public Path evidence(long id, String sha256) {
        Detail d = show(id);
        boolean named = d.events().stream().flatMap(e -> e.evidence().stream()).anyMatch(x -> x.sha256().equals(sha256));
        if (!named || d.evidence().get(sha256) != EvidenceVault.Status.OK) {
            throw new org.inspect.error.NotFoundException("item " + id + " has no evidence " + sha256)
                    .localized("rect.noSuchEvidence", id, sha256);
        }
        return vault.path(sha256);
    }

    /** The note of a response: the measures and, when given, the day they were done (as the ledgers write it). */
    public static String responseNote(String measures, LocalDate doneOn) {
        return (measures == null ? "" : measures.strip()) + (doneOn == null ? "" : "（完成日期 " + doneOn + "）");
    }

    /** A checkpoint of the history's head signed with the anchor key of {@code keyFile} (created on first use). */
    public Anchor.Checkpoint anchor(Path keyFile) {
        return Anchor.load(keyFile).sign(store.head());
    }

    /** Checks a printed checkpoint ({@link Anchor.Checkpoint#text}) against the history as it is now. */
    public List<Audit.Problem> verifyAnchor(String checkpoint, Path keyFile) {
        return Anchor.existing(keyFile).verify(Anchor.Checkpoint.parse(checkpoint), store);
    }

    /** Checks the whole history; see {@link Audit}. */
    public Audit.Report audit() {
        return new Audit(store, vault, sink -> new org.inspect.check.FindingStore(store.database()).forEachVerdict(
                v -> sink.accept(new Audit.Verdict(v.findingId(), v.findingKey(), v.verdict(), v.by(), v.at(),
                        v.reason())))).run();
    }
}
