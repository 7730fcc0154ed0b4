package org.inspect.rectification;

import org.inspect.store.Jdbc;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.inspect.error.NotFoundException;
import org.inspect.rectification.internal.HashChain;
import org.inspect.store.Database;
import org.inspect.store.Sql;

/**
 * The rectification tables (schema 9: {@code rect_item}, {@code rect_event}, {@code rect_chain_head}). Events are
 * only ever inserted; an item's state changes only together with the event that changes it, in one transaction.
 */
public final class RectificationStore {

    private static final String ITEM_COLUMNS = "id, finding_key, finding_id, notice_id, notice_number, item_no, "
            + "county_code, rule, household_id, case_id, id_number, detail, detail_masked, issued_on, deadline, state";
    private static final String EVENT_COLUMNS = "seq, item_id, event_at, actor, action, from_state, to_state, outcome, "
            + "note, evidence, prev_hash, hash";
    private static final DateTimeFormatter AT = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    private final Database db;

    public RectificationStore(Database db) {
        this.db = db;
    }

    /** What an event is to record; the store gives it its place in the chain. */
    public record Draft(Action action, State to, Outcome outcome, String note, List<Evidence> evidence, String actor,
            LocalDateTime at) {
    }

    /** Statements of one transaction: read items, insert items, append events. */
    public interface Tx {
        /** The item, or a {@link NotFoundException}. */
        Item item(long id) throws SQLException;

        /** The item of a finding key, or null. */
        Item itemByKey(String findingKey) throws SQLException;

        /** Inserts a new item (its id and state are assigned) and its ISSUE event. */
        Item insert(Item item, Draft issue) throws SQLException;

        /** Appends an event to the item and sets its state to the event's. */
        Event append(Item item, Draft draft) throws SQLException;
    }

    /** Runs {@code work} in one transaction; anything it throws rolls everything back. */
    public void inTransaction(TxWork work) {
        Sql.inTransaction(db, c -> {
            JdbcTx tx = new JdbcTx(c);
            work.run(tx);
            tx.storeHead();
        });
    }

    /** Work in a transaction. */
    @FunctionalInterface
    public interface TxWork {
        void run(Tx tx) throws SQLException;
    }

    /**
     * A transaction's work on the items and the event chain. The chain's head is read once and kept here, and
     * written once when the work is done: a notice opens thousands of items in one transaction, and updating the
     * one head row for each made the database keep (and step over) a version of it per event, so that opening
     * items took time growing with the square of their number.
     */
    private static final class JdbcTx implements Tx {
        private final Connection c;
        private boolean headRead;
        private boolean headStored;
        private boolean headChanged;
        private long headSeq;
        private String headHash;

        JdbcTx(Connection c) {
            this.c = c;
        }

        @Override
        public Item item(long id) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + ITEM_COLUMNS + " FROM rect_item WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new NotFoundException("no rectification item " + id).localized("rect.noItem", id);
                    }
                    return readItem(rs);
                }
            }
        }

        @Override
        public Item itemByKey(String key) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + ITEM_COLUMNS + " FROM rect_item WHERE finding_key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? readItem(rs) : null;
                }
            }
        }

        @Override
        public Item insert(Item i, Draft issue) throws SQLException {
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO rect_item (finding_key, finding_id, notice_id, "
                    + "notice_number, item_no, county_code, rule, household_id, case_id, id_number, detail, "
                    + "detail_masked, issued_on, deadline, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, i.findingKey());
                ps.setLong(2, i.findingId());
                ps.setLong(3, i.noticeId());
                ps.setString(4, i.noticeNumber());
                ps.setInt(5, i.itemNo());
                ps.setString(6, i.countyCode());
                ps.setString(7, i.rule());
                ps.setString(8, i.householdId());
                ps.setString(9, i.caseId());
                ps.setString(10, i.idNumber());
                ps.setString(11, cut(i.detail()));
                ps.setString(12, cut(i.detailMasked()));
                ps.setDate(13, Date.valueOf(i.issuedOn()));
                ps.setDate(14, Date.valueOf(i.deadline()));
                ps.setString(15, State.ISSUED.name());
                ps.executeUpdate();
                try (ResultSet rs = ps.getGeneratedKeys()) {
                    rs.next();
                    id = rs.getLong("id");
                }
            }
            Item created = new Item(id, i.findingKey(), i.findingId(), i.noticeId(), i.noticeNumber(), i.itemNo(),
                    i.countyCode(), i.rule(), i.householdId(), i.caseId(), i.idNumber(), i.detail(), i.detailMasked(),
                    i.issuedOn(), i.deadline(), null);
            appendEvent(created, issue);
            return created.withState(State.ISSUED);
        }

        @Override
        public Event append(Item item, Draft d) throws SQLException {
            Event e = appendEvent(item, d);
            try (PreparedStatement ps = c.prepareStatement("UPDATE rect_item SET state = ? WHERE id = ?")) {
                ps.setString(1, d.to().name());
                ps.setLong(2, item.id());
                ps.executeUpdate();
            }
            return e;
        }

        private Event appendEvent(Item item, Draft d) throws SQLException {
            readHead();
            long lastSeq = headSeq;
            String prev = headHash;
            long seq = lastSeq + 1;
            LocalDateTime at = d.at().truncatedTo(ChronoUnit.SECONDS);
            String evidence = encode(d.evidence());
            String from = item.state() == null ? null : item.state().name();
            String outcome = d.outcome() == null ? null : d.outcome().name();
            String hash = HashChain.hash(prev, seq, item.id(), AT.format(at), d.actor(), d.action().name(), from,
                    d.to().name(), outcome, d.note(), evidence);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO rect_event (" + EVENT_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, seq);
                ps.setLong(2, item.id());
                ps.setTimestamp(3, Timestamp.valueOf(at));
                ps.setString(4, d.actor());
                ps.setString(5, d.action().name());
                ps.setString(6, from);
                ps.setString(7, d.to().name());
                ps.setString(8, outcome);
                ps.setString(9, d.note());
                ps.setString(10, evidence);
                ps.setString(11, prev);
                ps.setString(12, hash);
                ps.executeUpdate();
            }
            headSeq = seq;
            headHash = hash;
            headChanged = true;
            return new Event(seq, item.id(), at, d.actor(), d.action(), item.state(), d.to(), d.outcome(), d.note(),
                    d.evidence(), prev, hash);
        }

        private void readHead() throws SQLException {
            if (headRead) {
                return;
            }
            headSeq = 0;
            headHash = HashChain.GENESIS;
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT last_seq, last_hash FROM rect_chain_head WHERE id = 1")) {
                if (rs.next()) {
                    headSeq = rs.getLong(1);
                    headHash = rs.getString(2);
                    headStored = true;
                }
            }
            headRead = true;
        }

        /** Writes the chain's head if events were appended. */
        void storeHead() throws SQLException {
            if (!headChanged) {
                return;
            }
            try (PreparedStatement ps = c.prepareStatement(headStored
                    ? "UPDATE rect_chain_head SET last_seq = ?, last_hash = ? WHERE id = ?"
                    : "INSERT INTO rect_chain_head (last_seq, last_hash, id) VALUES (?, ?, ?)")) {
                ps.setLong(1, headSeq);
                ps.setString(2, headHash);
                ps.setInt(3, 1);
                ps.executeUpdate();
            }
            headStored = true;
            headChanged = false;
        }    }

    private static String cut(String s) {
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

    private static Item readItem(ResultSet rs) throws SQLException {
        return new Item(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getString(5), rs.getInt(6),
                rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getString(12), rs.getString(13), rs.getDate(14).toLocalDate(), rs.getDate(15).toLocalDate(),
                State.valueOf(rs.getString(16)));
    }

    private static Event readEvent(ResultSet rs) throws SQLException {
        String from = rs.getString(6);
        String outcome = rs.getString(8);
        return new Event(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toLocalDateTime(), rs.getString(4),
                Action.valueOf(rs.getString(5)), from == null ? null : State.valueOf(from),
                State.valueOf(rs.getString(7)), outcome == null ? null : Outcome.valueOf(outcome), rs.getString(9),
                decode(rs.getString(10)), rs.getString(11), rs.getString(12));
    }

    /** A raw event row as stored, for the audit: the text of each field exactly as the hash saw it. */
    public record RawEvent(long seq, long itemId, String at, String actor, String action, String from, String to,
            String outcome, String note, String evidence, String prevHash, String hash) {
    }

    /** One item by id. */
    public Item item(long id) {
        Item[] out = new Item[1];
        inTransaction(tx -> out[0] = tx.item(id));
        return out[0];
    }

    /** The items of a county (null: every county), in notice number and item order. */
    public List<Item> items(String countyCode) {
        String sql = "SELECT " + ITEM_COLUMNS + " FROM rect_item" + (countyCode == null ? "" : " WHERE county_code = ?")
                + " ORDER BY notice_id, item_no, id";
        List<Item> out = new ArrayList<>();
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (countyCode != null) {
                ps.setString(1, countyCode);
            }
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(readItem(rs));
                }
            }
        } catch (SQLException e) {
            throw Jdbc.translate(e);
        }
        return out;
    }

    /**
     * How many items of the notices of check run {@code checkRunId} are still open (any state but CLOSED and
     * WITHDRAWN): a run whose notices still wait for a county is not to be deleted.
     */
    public long openItemsOfRun(long checkRunId) {
        StringBuilder states = new StringBuilder();
        for (State s : State.openStates()) {
            states.append(states.length() == 0 ? "" : ", ").append('\'').append(s.name()).append('\'');
        }
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM rect_item r JOIN notice n ON n.id = r.notice_id WHERE n.check_run_id = ? "
                        + "AND r.state IN (" + states + ")")) {
            ps.setLong(1, checkRunId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw Jdbc.translate(e);
        }
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
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT " + EVENT_COLUMNS + " FROM rect_event WHERE seq <= ? ORDER BY seq")) {
            ps.setLong(1, seq);
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Event e = readEvent(rs);
                    state.put(e.itemId(), e.to());
                    if (e.action() == Action.RESPOND) {
                        response.put(e.itemId(), e);
                    }
                    if (e.to() == State.CLOSED && e.from() != State.CLOSED) {
                        closing.put(e.itemId(), e);
                    }
                }
            }
        } catch (SQLException e) {
            throw Jdbc.translate(e);
        }
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
        List<Item> out = new ArrayList<>();
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT " + ITEM_COLUMNS + " FROM rect_item WHERE finding_id = ? ORDER BY id")) {
            ps.setLong(1, findingId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(readItem(rs));
                }
            }
        } catch (SQLException e) {
            throw Jdbc.translate(e);
        }
        return out;
    }

    /** The events of one item, in history order. */
    public List<Event> events(long itemId) {
        List<Event> out = new ArrayList<>();
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT " + EVENT_COLUMNS + " FROM rect_event WHERE item_id = ? ORDER BY seq")) {
            ps.setLong(1, itemId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(readEvent(rs));
                }
            }
        } catch (SQLException e) {
            throw Jdbc.translate(e);
        }
        return out;
    }

    /** Every event of the whole history in sequence order. */
    public void forEachEvent(Consumer<Event> sink) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT " + EVENT_COLUMNS + " FROM rect_event ORDER BY seq")) {
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(readEvent(rs));
                }
            }
        } catch (SQLException e) {
            throw Jdbc.translate(e);
        }
    }

    /** Every event row as stored, in sequence order, for the audit. */
    public void forEachRawEvent(Consumer<RawEvent> sink) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT " + EVENT_COLUMNS + " FROM rect_event ORDER BY seq")) {
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp at = rs.getTimestamp(3);
                    sink.accept(new RawEvent(rs.getLong(1), rs.getLong(2),
                            at == null ? null : AT.format(at.toLocalDateTime()), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                            rs.getString(11), rs.getString(12)));
                }
            }
        } catch (SQLException e) {
            throw Jdbc.translate(e);
        }
    }

    /** The chain head: the last event's sequence number and hash (0 and the genesis hash before any event). */
    public record Head(long lastSeq, String lastHash) {
    }

    public Head head() {
        try (Connection c = db.connection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT last_seq, last_hash FROM rect_chain_head WHERE id = 1")) {
            return rs.next() ? new Head(rs.getLong(1), rs.getString(2)) : new Head(0, HashChain.GENESIS);
        } catch (SQLException e) {
            throw Jdbc.translate(e);
        }
    }
}
