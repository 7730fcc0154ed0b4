package org.inspect.rectification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.inspect.rectification.internal.RectEventEntity;

/**
 * The batched writes of a notice's items and their ISSUE events, on the transaction's own connection: a province's
 * notices open tens of thousands of items in one transaction, and a statement and a flush for each item and each
 * event was most of the notices' time (issue 25). The rows are those {@link RectificationStore}'s entities map.
 */
final class ItemBatchStore {

    private static final int BATCH = 500;
    private static final String ITEM = "INSERT INTO rect_item (finding_key, finding_id, notice_id, notice_number,"
            + " item_no, county_code, rule, household_id, case_id, id_number, detail, detail_masked, issued_on,"
            + " deadline, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String EVENT = "INSERT INTO rect_event (seq, item_id, event_at, actor, action, from_state,"
            + " to_state, outcome, note, evidence, prev_hash, hash, subject, subject_hash)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private ItemBatchStore() {
    }

    /**
     * Inserts the items with state ISSUED and returns their ids, in order. PostgreSQL returns a batch's generated ids
     * (its driver adds {@code RETURNING id}); HSQLDB, in this process, inserts them one by one.
     */
    static List<Long> insert(Connection c, List<Item> items, boolean postgres) throws SQLException {
        List<Long> ids = new ArrayList<>(items.size());
        try (PreparedStatement ps = postgres ? c.prepareStatement(ITEM, new String[] {"id"})
                : c.prepareStatement(ITEM, Statement.RETURN_GENERATED_KEYS)) {
            int pending = 0;
            for (Item i : items) {
                bind(ps, i);
                if (!postgres) {
                    ps.executeUpdate();
                    keys(ps, ids);
                } else {
                    ps.addBatch();
                    if (++pending == BATCH) {
                        ps.executeBatch();
                        keys(ps, ids);
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                ps.executeBatch();
                keys(ps, ids);
            }
        }
        if (ids.size() != items.size()) {
            throw new IllegalStateException("inserted " + items.size() + " rectification items but the database gave "
                    + ids.size() + " ids");
        }
        return ids;
    }

    private static void bind(PreparedStatement ps, Item i) throws SQLException {
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
        ps.setString(11, RectificationStore.cut(i.detail()));
        ps.setString(12, RectificationStore.cut(i.detailMasked()));
        ps.setObject(13, i.issuedOn());
        ps.setObject(14, i.deadline());
        ps.setString(15, State.ISSUED.name());
    }

    private static void keys(PreparedStatement ps, List<Long> ids) throws SQLException {
        try (ResultSet rs = ps.getGeneratedKeys()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
    }

    /** Events appended in batches; closing writes the last one. */
    static final class Events implements AutoCloseable {
        private final PreparedStatement ps;
        private int pending;

        Events(Connection c) throws SQLException {
            ps = c.prepareStatement(EVENT);
        }

        void add(RectEventEntity e) throws SQLException {
            ps.setLong(1, e.seq);
            if (e.itemId == null) {
                ps.setNull(2, Types.BIGINT);
            } else {
                ps.setLong(2, e.itemId);
            }
            ps.setObject(3, e.eventAt);
            ps.setString(4, e.actor);
            ps.setString(5, e.action);
            ps.setString(6, e.fromState);
            ps.setString(7, e.toState);
            ps.setString(8, e.outcome);
            ps.setString(9, e.note);
            ps.setString(10, e.evidence);
            ps.setString(11, e.prevHash);
            ps.setString(12, e.hash);
            ps.setString(13, e.subject);
            ps.setString(14, e.subjectHash);
            ps.addBatch();
            if (++pending == BATCH) {
                ps.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            try (ps) {
                if (pending > 0) {
                    ps.executeBatch();
                }
            }
        }
    }
}
