package org.inspect.rectification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.Session;
import org.inspect.error.ConflictException;
import org.inspect.error.NotFoundException;
import org.inspect.rectification.internal.HashChain;
import org.inspect.rectification.internal.RectChainHeadEntity;
import org.inspect.rectification.internal.RectEventEntity;
import org.inspect.rectification.internal.RectItemEntity;
import org.inspect.store.Database;
import org.inspect.store.DatabaseSettings;
import org.inspect.store.Sessions;

/**
 * The rectification tables (schema 9: {@code rect_item}, {@code rect_event}, {@code rect_chain_head}; entities in
 * {@code rectification/internal}). Events are only ever inserted; an item's state changes only together with the
 * event that changes it, in one transaction.
 */
public final class RectificationStore {

    /** The id of the chain head's one row. */
    private static final int HEAD_ID = 1;
    private static final DateTimeFormatter AT = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    private final Database db;

    public RectificationStore(Database db) {
        this.db = db;
    }

    /** What an event is to record; the store gives it its place in the chain. */
    public record Draft(Action action, State to, Outcome outcome, String note, List<Evidence> evidence, String actor,
            LocalDateTime at) {
    }

    /** What one transaction may do: read items, insert items, append events. */
    public interface Tx {
        /** The item, or a {@link NotFoundException}. */
        Item item(long id);

        /** The item of a finding key, or null. */
        Item itemByKey(String findingKey);

        /** The finding keys of every item there is. */
        java.util.Set<String> itemKeys();

        /**
         * Inserts new items (their ids and state ISSUED are assigned) and their ISSUE events ({@code issues}, one per
         * item), in batches: a notice opens a province's tens of thousands of items in one transaction.
         */
        List<Item> insert(List<Item> items, List<Draft> issues);

        /** Appends an event to the item and sets its state to the event's. */
        Event append(Item item, Draft draft);

        /**
         * Appends an event of no item that attests another table's row: {@code action} (VERDICT, REGISTER), the
         * row's {@code subject} and the SHA-256 of its fields ({@link HashChain#fields}); the audit compares them.
         */
        void attest(String action, String subject, String subjectHash, String state, String actor, LocalDateTime at);
    }

    /**
     * Runs {@code work} in one transaction that holds the chain's lock from its first statement ({@link ChainLock}):
     * anything it throws rolls everything back.
     */
    public void inTransaction(TxWork work) {
        Sessions.inTransaction(db, s -> joined(s, work));
    }

    /**
     * Runs {@code work} in the transaction of {@code s}, which another store has begun (the notices and the items
     * they open are recorded together or not at all). The chain's lock is taken first: call this before writing
     * anything in {@code s}, so that a clash is met before anything is numbered or recorded.
     */
    public void joined(Session s, TxWork work) {
        s.doWork(c -> lockChain(c, db.kind()));
        SessionTx tx = new SessionTx(s);
        work.run(tx);
        tx.storeHead();
    }

    /** Work in a transaction. */
    @FunctionalInterface
    public interface TxWork {
        void run(Tx tx);
    }

    /**
     * A transaction's work on the items and the event chain. The chain's head is read once, kept here and written
     * once when the work is done, and the rows written are let go as soon as they are: a notice opens thousands of
     * items in one transaction, and moving the one head row for each event made the database keep (and step over)
     * a version of it per event, while the session grew with every row and checked them all at each flush, so
     * that opening items took time growing with the square of their number.
     */
    /**
     * From how many items inserted at once the transaction refreshes the item table's statistics (PostgreSQL)
     * before the events that refer to them: the server had planned the events' foreign-key checks while the table
     * was empty, as scans, and kept those plans while the transaction filled it (past ten minutes for a province's
     * notices, issue 25). ANALYZE counts the transaction's own rows and has the server plan them again.
     */
    private static final int ANALYZE_FIRST = 1000;

    private static final class SessionTx implements Tx {
        private final Session s;
        private boolean headRead;
        private boolean headChanged;
        private long headSeq;
        private String headHash;

        SessionTx(Session s) {
            this.s = s;
        }

        @Override
        public Item item(long id) {
            RectItemEntity e = s.find(RectItemEntity.class, id);
            if (e == null) {
                throw new NotFoundException("no rectification item " + id).localized("rect.noItem", id);
            }
            return toItem(e);
        }

        @Override
        public Item itemByKey(String key) {
            return s.createSelectionQuery("from RectItemEntity i where i.findingKey = :key", RectItemEntity.class)
                    .setParameter("key", key).getResultList().stream().map(RectificationStore::toItem).findFirst()
                    .orElse(null);
        }

        @Override
        public java.util.Set<String> itemKeys() {
            return new java.util.HashSet<>(s.createSelectionQuery("select i.findingKey from RectItemEntity i",
                    String.class).getResultList());
        }

        @Override
        public List<Item> insert(List<Item> items, List<Draft> issues) {
            if (items.size() != issues.size()) {
                throw new IllegalArgumentException(items.size() + " items but " + issues.size() + " ISSUE events");
            }
            s.flush(); // what the session holds goes first: the batches below bypass it
            readHead();
            List<Item> created = new ArrayList<>(items.size());
            s.doWork(c -> {
                boolean postgres = c.isWrapperFor(org.postgresql.PGConnection.class);
                List<Long> ids = ItemBatchStore.insert(c, items, postgres);
                if (postgres && items.size() >= ANALYZE_FIRST) {
                    // the events' foreign-key checks look the items up: plan them on the table as it now is
                    try (Statement st = c.createStatement()) {
                        st.execute("ANALYZE rect_item");
                    }
                }
                try (ItemBatchStore.Events events = new ItemBatchStore.Events(c)) {
                    for (int k = 0; k < items.size(); k++) {
                        Item i = items.get(k);
                        Draft d = issues.get(k);
                        Item stored = new Item(ids.get(k), i.findingKey(), i.findingId(), i.noticeId(),
                                i.noticeNumber(), i.itemNo(), i.countyCode(), i.rule(), i.householdId(), i.caseId(),
                                i.idNumber(), cut(i.detail()), cut(i.detailMasked()), i.issuedOn(), i.deadline(),
                                State.ISSUED);
                        RectEventEntity e = nextEvent(ids.get(k), d.at(), d.actor(), d.action().name(), null,
                                d.to().name(), d.outcome() == null ? null : d.outcome().name(), d.note(),
                                encode(d.evidence()), null, fixedFields(stored));
                        events.add(e);
                        created.add(new Item(ids.get(k), i.findingKey(), i.findingId(), i.noticeId(), i.noticeNumber(),
                                i.itemNo(), i.countyCode(), i.rule(), i.householdId(), i.caseId(), i.idNumber(),
                                i.detail(), i.detailMasked(), i.issuedOn(), i.deadline(), State.ISSUED));
                    }
                }
            });
            return created;
        }

        @Override
        public Event append(Item item, Draft d) {
            Event e = appendEvent(item.id(), item.state(), d, null, null);
            RectItemEntity row = s.find(RectItemEntity.class, item.id());
            if (row != null) {
                row.state = d.to().name();
            }
            return e;
        }

        /**
         * Appends the event after the chain head: its sequence number is the head's plus one, its hash chains the
         * head's hash ({@link HashChain}), and the head moves to it, all in the caller's transaction.
         */
        private Event appendEvent(long itemId, State fromState, Draft d, String subject, String subjectHash) {
            String from = fromState == null ? null : fromState.name();
            String outcome = d.outcome() == null ? null : d.outcome().name();
            RectEventEntity e = appendRow(itemId, d.at(), d.actor(), d.action().name(), from, d.to().name(), outcome,
                    d.note(), encode(d.evidence()), subject, subjectHash);
            return new Event(e.seq, itemId, e.eventAt, d.actor(), d.action(), fromState, d.to(), d.outcome(),
                    d.note(), d.evidence(), e.prevHash, e.hash);
        }

        @Override
        public void attest(String action, String subject, String subjectHash, String state, String actor,
                LocalDateTime at) {
            appendRow(null, at, actor, action, null, state, null, null, null, subject, subjectHash);
        }

        private RectEventEntity appendRow(Long itemId, LocalDateTime when, String actor, String action, String from,
                String to, String outcome, String note, String evidence, String subject, String subjectHash) {
            RectEventEntity e = nextEvent(itemId, when, actor, action, from, to, outcome, note, evidence, subject,
                    subjectHash);
            s.persist(e);
            s.flush();
            s.detach(e);
            return e;
        }

        /** The next event of the chain: its sequence number and hash follow the head's, and the head moves to it. */
        private RectEventEntity nextEvent(Long itemId, LocalDateTime when, String actor, String action, String from,
                String to, String outcome, String note, String evidence, String subject, String subjectHash) {
            readHead();
            String prev = headHash;
            long seq = headSeq + 1;
            LocalDateTime at = when.truncatedTo(ChronoUnit.SECONDS);
            RectEventEntity e = new RectEventEntity();
            e.seq = seq;
            e.itemId = itemId;
            e.eventAt = at;
            e.actor = actor;
            e.action = action;
            e.fromState = from;
            e.toState = to;
            e.outcome = outcome;
            e.note = note;
            e.evidence = evidence;
            e.prevHash = prev;
            e.subject = subject;
            e.subjectHash = subjectHash;
            e.hash = HashChain.hash(prev, seq, itemId, AT.format(at), actor, action, from, to, outcome, note,
                    evidence, subject, subjectHash);
            headSeq = seq;
            headHash = e.hash;
            headChanged = true;
            return e;
        }

        private void readHead() {
            if (headRead) {
                return;
            }
            RectChainHeadEntity head = s.find(RectChainHeadEntity.class, HEAD_ID);
            headSeq = head == null ? 0 : head.lastSeq;
            headHash = head == null ? HashChain.GENESIS : head.lastHash;
            headRead = true;
        }

        /** Moves the chain's head to the last event appended, if any. */
        void storeHead() {
            if (!headChanged) {
                return;
            }
            RectChainHeadEntity head = s.find(RectChainHeadEntity.class, HEAD_ID);
            if (head != null) {
                head.lastSeq = headSeq;
                head.lastHash = headHash;
            } else if (s.createSelectionQuery("select count(h) from RectChainHeadEntity h", Long.class)
                    .getSingleResult() == 0) {
                // the first event starts the head; a head table holding some other row is left as it is (the
                // audit reports it)
                RectChainHeadEntity first = new RectChainHeadEntity();
                first.id = HEAD_ID;
                first.lastSeq = headSeq;
                first.lastHash = headHash;
                s.persist(first);
            }
            s.flush();
            headChanged = false;
        }

    }

    /**
     * The SHA-256 of an item's fixed fields, which its ISSUE event keeps (schema 21): only the state changes after
     * an item is opened, so a deadline, county, household or masked detail changed later shows in the audit.
     */
    static String fixedFields(Item i) {
        return HashChain.fields(i.id(), i.findingKey(), i.findingId(), i.noticeId(), i.noticeNumber(), i.itemNo(),
                i.countyCode(), i.rule(), i.householdId(), i.caseId(), i.idNumber(), i.detail(), i.detailMasked(),
                i.issuedOn(), i.deadline());
    }

    static String cut(String s) {
        return s == null || s.length() <= 4000 ? s : s.substring(0, 4000);
    }

    static String encode(List<Evidence> evidence) {
        if (evidence == null || evidence.isEmpty()) {
            return null;
        }
        return String.join("\n", evidence.stream().map(Evidence::encoded).toList());
    }

    static List<Evidence> decode(String s) {
        if (s == null || s.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(s.split("\n")).map(Evidence::decode).toList();
    }

    private static Item toItem(RectItemEntity e) {
        return new Item(e.id, e.findingKey, e.findingId, e.noticeId, e.noticeNumber, e.itemNo, e.countyCode, e.rule,
                e.householdId, e.caseId, e.idNumber, e.detail, e.detailMasked, e.issuedOn, e.deadline,
                State.valueOf(e.state));
    }

    private static Event toEvent(RectEventEntity e) {
        return new Event(e.seq, e.itemId, e.eventAt, e.actor, Action.valueOf(e.action),
                e.fromState == null ? null : State.valueOf(e.fromState), State.valueOf(e.toState),
                e.outcome == null ? null : Outcome.valueOf(e.outcome), e.note, decode(e.evidence), e.prevHash, e.hash);
    }

    /** The database this store keeps its tables in. */
    public Database database() {
        return db;
    }

    /** The SHA-256 of a row's fields in a fixed order, as an event attesting the row keeps it. */
    public static String attestation(Object... fields) {
        return HashChain.fields(fields);
    }

    /** The stored hash of event {@code seq}, or null when there is none. */
    public String hashAt(long seq) {
        return Sessions.fromTransaction(db, s -> {
            RectEventEntity e = s.find(RectEventEntity.class, seq);
            return e == null ? null : e.hash;
        });
    }

    /** Subject → the SHA-256s the chain's events of {@code action} (VERDICT, REGISTER) attested for it. */
    public java.util.Map<String, java.util.Set<String>> attestations(String action) {
        java.util.Map<String, java.util.Set<String>> out = new java.util.HashMap<>();
        Sessions.fromTransaction(db, s -> s.createSelectionQuery("select e.subject, e.subjectHash "
                + "from RectEventEntity e where e.action = :action and e.itemId is null", Object[].class)
                .setParameter("action", action)
                .getResultList()).forEach(r -> out.computeIfAbsent((String) r[0], k -> new java.util.HashSet<>())
                        .add((String) r[1]));
        return out;
    }

    /** A raw event row as stored, for the audit: the text of each field exactly as the hash saw it. */
    public record RawEvent(long seq, Long itemId, String at, String actor, String action, String from, String to,
            String outcome, String note, String evidence, String prevHash, String hash, String subject,
            String subjectHash) {
    }

    /** One item by id. */
    public Item item(long id) {
        return Sessions.fromTransaction(db, s -> new SessionTx(s).item(id)); // a read: no chain lock
    }

    /** The items of a county (null: every county), in notice number and item order. */
    public List<Item> items(String countyCode) {
        return Sessions.fromTransaction(db, s -> {
            var q = s.createSelectionQuery("from RectItemEntity i" + (countyCode == null ? ""
                    : " where i.countyCode = :county") + " order by i.noticeId, i.itemNo, i.id", RectItemEntity.class);
            if (countyCode != null) {
                q.setParameter("county", countyCode);
            }
            return q.getResultList().stream().map(RectificationStore::toItem).toList();
        });
    }

    /**
     * How many items of the notices of check run {@code checkRunId} are still open (any state but CLOSED and
     * WITHDRAWN): a run whose notices still wait for a county is not to be deleted.
     */
    public long openItemsOfRun(long checkRunId) {
        List<String> states = State.openStates().stream().map(State::name).toList();
        return Sessions.fromTransaction(db, s -> s.createSelectionQuery("select count(r) from RectItemEntity r, "
                + "NoticeEntity n where n.id = r.noticeId and n.checkRunId = :run and r.state in :states", Long.class)
                .setParameter("run", checkRunId).setParameterList("states", states).getSingleResult());
    }

    /**
     * The items whose state, replayed from the events up to sequence {@code seq}, is CLOSED, in item-id order,
     * with the closing time and the county's last response before it. Later events (a confirmation, a reopening)
     * do not change the answer for the same {@code seq}, so a re-inspection sample can be verified later.
     */
    public List<Closure> closedThrough(long seq) {
        java.util.Map<Long, State> state = new java.util.HashMap<>();
        java.util.Map<Long, Event> response = new java.util.HashMap<>();
        java.util.Map<Long, Event> closing = new java.util.HashMap<>();
        forEachEvent("where e.seq <= :seq", seq, e -> {
            state.put(e.itemId(), e.to());
            if (e.action() == Action.RESPOND) {
                response.put(e.itemId(), e);
            }
            if (e.to() == State.CLOSED && e.from() != State.CLOSED) {
                closing.put(e.itemId(), e);
            }
        });
        List<Closure> out = new ArrayList<>();
        for (Item i : items(null)) {
            if (state.get(i.id()) == State.CLOSED) {
                Event closed = closing.get(i.id());
                Event said = response.get(i.id());
                out.add(new Closure(i, closed.at(), said != null && said.seq() < closed.seq() ? said : null));
            }
        }
        out.sort(java.util.Comparator.comparingLong(cl -> cl.item().id()));
        return out;
    }

    /** Every item by the finding key it follows (a problem has one item, whichever check run found it). */
    public java.util.Map<String, Item> itemsByKey() {
        java.util.Map<String, Item> out = new java.util.HashMap<>();
        items(null).forEach(i -> out.put(i.findingKey(), i));
        return out;
    }

    /** The items of one finding id (normally none or one). */
    public List<Item> itemsOfFinding(long findingId) {
        return Sessions.fromTransaction(db, s -> s.createSelectionQuery("from RectItemEntity i "
                + "where i.findingId = :finding order by i.id", RectItemEntity.class).setParameter("finding", findingId)
                .getResultList()).stream().map(RectificationStore::toItem).toList();
    }

    /** The events of one item, in history order. */
    public List<Event> events(long itemId) {
        return Sessions.fromTransaction(db, s -> s.createSelectionQuery("from RectEventEntity e "
                + "where e.itemId = :item order by e.seq", RectEventEntity.class).setParameter("item", itemId)
                .getResultList()).stream().map(RectificationStore::toEvent).toList();
    }

    /**
     * The events of every open item (neither CLOSED nor WITHDRAWN) by item, each item's in history order: one query
     * where {@link #events} would take one per item, for a reconcile that looks at every open item's history.
     */
    Map<Long, List<Event>> eventsOfOpenItems() {
        String closed = Arrays.stream(State.values()).filter(st -> !st.open()).map(st -> "'" + st.name() + "'")
                .collect(Collectors.joining(", "));
        Map<Long, List<Event>> out = new HashMap<>();
        forEachEvent("where e.itemId in (select i.id from RectItemEntity i where i.state not in (" + closed + "))",
                null, e -> out.computeIfAbsent(e.itemId(), k -> new ArrayList<>()).add(e));
        return out;
    }

    /** Every event of the whole history in sequence order. */
    public void forEachEvent(Consumer<Event> sink) {
        forEachEvent("", null, sink);
    }

    /** Every event row as stored, in sequence order, for the audit. */
    public void forEachRawEvent(Consumer<RawEvent> sink) {
        forEachRow("", null, e -> sink.accept(new RawEvent(e.seq, e.itemId,
                e.eventAt == null ? null : AT.format(e.eventAt), e.actor, e.action, e.fromState, e.toState, e.outcome,
                e.note, e.evidence, e.prevHash, e.hash, e.subject, e.subjectHash)));
    }

    /** The items' events (those attesting a verdict or a document belong to no item and are left out). */
    private void forEachEvent(String where, Long seq, Consumer<Event> sink) {
        forEachRow(where, seq, e -> {
            if (e.itemId != null) {
                sink.accept(toEvent(e));
            }
        });
    }

    /** Streams the event rows (a stateless session: the history is read row by row, never held whole). */
    private void forEachRow(String where, Long seq, Consumer<RectEventEntity> sink) {
        Sessions.fromStatelessTransaction(db, s -> {
            var q = s.createSelectionQuery("from RectEventEntity e " + where + " order by e.seq", RectEventEntity.class)
                    .setFetchSize(1000);
            if (seq != null) {
                q.setParameter("seq", seq);
            }
            try (Stream<RectEventEntity> rows = q.getResultStream()) {
                rows.forEach(sink);
            }
            return null;
        });
    }

    /** The chain head: the last event's sequence number and hash (0 and the genesis hash before any event). */
    public record Head(long lastSeq, String lastHash) {
        /** The hash of the head before any event. */
        public static final String EMPTY_HASH = HashChain.GENESIS;
    }

    public Head head() {
        RectChainHeadEntity h = Sessions.fromTransaction(db, s -> s.find(RectChainHeadEntity.class, HEAD_ID));
        return h == null ? new Head(0, HashChain.GENESIS) : new Head(h.lastSeq, h.lastHash);
    }

    /*
     * The one lock of the event chain, taken as the first statement of every transaction that appends to it and
     * held until that transaction ends: every item shares the one chain head, so two people acting on two different
     * items at once must take turns, or both would read the same head and write the same sequence number.
     *
     * <p>On PostgreSQL a transaction-level advisory lock, tried again every few milliseconds for a few seconds (the
     * holder is one short transaction) and then refused with words; it never aborts the transaction, so nothing else
     * has to be retried. On HSQLDB (opened with {@code hsqldb.tx=mvcc}, where neither a SELECT nor
     * {@code LOCK TABLE} makes another transaction wait) an update of the head row that changes nothing, which MVCC
     * holds to the end of the transaction; the embedded database belongs to one process, so the holder is a thread of
     * this one and the wait is as short as its transaction.
     */
    private static final String LOCK_HEAD = "UPDATE rect_chain_head SET last_seq = last_seq WHERE id = 1";

    /** Makes the head's row of an empty history, unless another transaction made it first. */
    private void createHead() throws SQLException {
        try (Connection own = db.connection(); Statement st = own.createStatement()) {
            own.setAutoCommit(true);
            st.executeUpdate("INSERT INTO rect_chain_head (id, last_seq, last_hash) SELECT 1, 0, '" + HashChain.GENESIS
                    + "' FROM (VALUES (0)) WHERE NOT EXISTS (SELECT 1 FROM rect_chain_head)");
        } catch (SQLException e) {
            if (!"23505".equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    /** The toolkit's advisory-lock class (as store/JobLocks), and the chain's key within it. */
    private static final int LOCK_CLASS = 0x1A5EC7;
    private static final int CHAIN_KEY = 0x7EC7;
    private static final long WAIT_MILLIS = 10_000;

    /** Takes the chain's lock in {@code c}'s transaction, or refuses when another holds it for too long. */
    private void lockChain(Connection c, DatabaseSettings.Kind kind) throws SQLException {
        if (kind == DatabaseSettings.Kind.HSQLDB) {
            try (Statement st = c.createStatement()) {
                // LOCK TABLE does not make another MVCC transaction wait (tried: both get it at once); writing
                // the head row does, until the holder ends, and the waiter then reads the head it left
                if (st.executeUpdate(LOCK_HEAD) == 0) {
                    // the first event of a new history (an empty database has no head row, so that db copy finds
                    // it empty): the row is made in a transaction of its own, committed at once, so that two
                    // making it together do not both lock nothing; then it is locked like any other time
                    createHead();
                    st.executeUpdate(LOCK_HEAD);
                }
            }
            return;
        }
        long until = System.nanoTime() + WAIT_MILLIS * 1_000_000;
        long pause = 5;
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_xact_lock(?, ?)")) {
            ps.setInt(1, LOCK_CLASS);
            ps.setInt(2, CHAIN_KEY);
            while (true) {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return;
                    }
                }
                if (System.nanoTime() > until) {
                    throw new ConflictException("the rectification history is busy: another action has been "
                            + "recording for " + WAIT_MILLIS / 1000 + " s; try again")
                            .localized("rect.chainBusy", WAIT_MILLIS / 1000);
                }
                pause(pause);
                pause = Math.min(100, pause * 2);
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis + (long) (Math.random() * millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConflictException("interrupted while waiting for the rectification history")
                    .localized("rect.chainBusy", 0);
        }
    }
}
