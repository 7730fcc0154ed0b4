package org.inspect.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.hibernate.StatelessSession;
import org.inspect.model.Asset;
import org.inspect.model.AssistanceCase;
import org.inspect.model.Decision;
import org.inspect.model.Deduction;
import org.inspect.model.HouseholdFile;
import org.inspect.model.Income;
import org.inspect.model.Member;
import org.inspect.model.Obligor;
import org.inspect.model.PovertyStatus;
import org.inspect.model.Program;
import org.inspect.model.Inspector;
import org.inspect.model.RegisteredPoorPerson;
import org.inspect.model.Standard;
import org.inspect.model.Standards;
import org.inspect.store.internal.AssetEntity;
import org.inspect.store.internal.CaseEntity;
import org.inspect.store.internal.DeductionEntity;
import org.inspect.store.internal.HouseholdEntity;
import org.inspect.store.internal.IncomeEntity;
import org.inspect.store.internal.InspectorEntity;
import org.inspect.store.internal.MemberEntity;
import org.inspect.store.internal.ObligorEntity;
import org.inspect.store.internal.RegisteredPoorEntity;
import org.inspect.store.internal.StandardEntity;

/**
 * Streams a snapshot's rolls without holding them: {@link #openHouseholds} pages through a county's households
 * and hands out one {@link HouseholdFile} at a time.
 */
public final class RollReader {

    private final Database db;
    private final long snapshotId;

    public RollReader(Database db, long snapshotId) {
        this.db = db;
        this.snapshotId = snapshotId;
    }

    /** The county codes that have households in the snapshot, sorted. */
    public List<String> counties() {
        return List.copyOf(countyHouseholds().keySet());
    }

    /** The number of households of a county in the snapshot. */
    public long householdCount(String countyCode) {
        return countyHouseholds().getOrDefault(countyCode, 0L);
    }

    /** The households of each county of the snapshot, in county-code order. */
    public Map<String, Long> countyHouseholds() {
        return new Snapshots(db).countyHouseholds(snapshotId);
    }

    /** The snapshot's effective standards (shipped defaults overridden by the imported file). */
    public Standards standards() {
        try (StatelessSession s = db.statelessSession()) {
            List<Standard> rows = s.createSelectionQuery("from StandardEntity e where e.snapshotId = :s",
                    StandardEntity.class).setParameter("s", snapshotId).getResultList()
                    .stream().map(StandardEntity::toModel).toList();
            return new Standards(rows);
        }
    }

    /** The number of assistance cases of each program in the snapshot (a program without cases is absent). */
    public Map<String, Long> caseCountsByProgram() {
        Map<String, Long> out = new HashMap<>();
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT program, COUNT(*) FROM assistance_case WHERE snapshot_id = ? GROUP BY program")) {
            ps.setLong(1, snapshotId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw Jdbc.translate(e, "counting the cases of a snapshot");
        }
        return out;
    }

    /** A dibao or tekun case approved or terminated: its household, program, decision and date, its applicant. */
    public record DecidedCase(String householdId, String program, String decision, LocalDate decisionDate,
            String applicantIdNumber) {
    }

    /** Streams the snapshot's dibao and tekun cases approved or terminated, in case-id order. */
    public void forEachDecidedCase(Consumer<DecidedCase> consumer) {
        stream("SELECT household_id, program, decision, decision_date, applicant_id_number, case_id "
                + "FROM assistance_case WHERE snapshot_id = ? AND program IN ('DIBAO', 'TEKUN') "
                + "AND decision IN ('APPROVED', 'TERMINATED') ORDER BY case_id", 2000, "reading the decided cases",
                rs -> {
                    java.sql.Date d = rs.getDate(4);
                    consumer.accept(new DecidedCase(rs.getString(1), rs.getString(2), rs.getString(3),
                            d == null ? null : d.toLocalDate(), rs.getString(5)));
                });
    }

    /** Where a household lives. */
    public record HouseholdPlace(String householdId, String countyCode, String township, String village) {
    }

    /** Streams where each household of the snapshot lives. */
    public void forEachHouseholdPlace(Consumer<HouseholdPlace> consumer) {
        stream("SELECT household_id, county_code, township, village FROM household WHERE snapshot_id = ?", 2000,
                "reading the households", rs -> consumer.accept(new HouseholdPlace(rs.getString(1),
                        rs.getString(2), rs.getString(3), rs.getString(4))));
    }

    /** A member of a household: its identity number and name. */
    public record MemberName(String householdId, String idNumber, String name) {
    }

    /** Streams the members of the snapshot's households. */
    public void forEachMemberName(Consumer<MemberName> consumer) {
        stream("SELECT household_id, id_number, name FROM member WHERE snapshot_id = ?", 5000, "reading the members",
                rs -> consumer.accept(new MemberName(rs.getString(1), rs.getString(2), rs.getString(3))));
    }

    /**
     * A registered poor person with the county, and the township and village of a household of the rolls the
     * person is a member of (null when none), and the size of the person's poor household.
     */
    public record PoorPersonPlace(String idNumber, String name, String countyCode, String township, String village,
            int poorHouseholdSize) {
    }

    /**
     * Streams the registered poor people in identity-number order, once per household of the rolls they are a
     * member of (once, with no township, when they are in none).
     */
    public void forEachPoorPersonPlace(Consumer<PoorPersonPlace> consumer) {
        stream("SELECT r.id_number, r.name, r.county_code, h.township, "
                + "h.village, (SELECT COUNT(*) FROM registered_poor r2 WHERE r2.snapshot_id = r.snapshot_id "
                + "AND r2.poor_household_id = r.poor_household_id) FROM registered_poor r "
                + "LEFT JOIN member m ON m.snapshot_id = r.snapshot_id AND m.id_number = r.id_number "
                + "LEFT JOIN household h ON h.snapshot_id = m.snapshot_id AND h.household_id = m.household_id "
                + "WHERE r.snapshot_id = ? ORDER BY r.id_number", 2000, "reading the registered poor",
                rs -> consumer.accept(new PoorPersonPlace(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getInt(6))));
    }

    /** A row handler that may fail as JDBC does. */
    private interface RowHandler {
        void accept(ResultSet rs) throws SQLException;
    }

    /** Runs {@code sql} (its one parameter: the snapshot) and hands each row to {@code handler} as it comes. */
    private void stream(String sql, int fetchSize, String doing, RowHandler handler) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, snapshotId);
            ps.setFetchSize(fetchSize);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    handler.accept(rs);
                }
            }
        } catch (SQLException e) {
            throw Jdbc.translate(e, doing + " of snapshot " + snapshotId);
        }
    }

    /** The inspector pool, in inspector-id order. */
    public List<Inspector> inspectors() {
        try (StatelessSession s = db.statelessSession()) {
            return s.createSelectionQuery("from InspectorEntity e where e.snapshotId = :s order by e.inspectorId",
                    InspectorEntity.class).setParameter("s", snapshotId).getResultList()
                    .stream().map(InspectorEntity::toModel).toList();
        }
    }

    /**
     * Opens a cursor over the households of the county ({@code null}: all) whose id is greater than
     * {@code after} ({@code null}: from the start), in household-id order; a restarted batch step resumes so.
     */
    public HouseholdCursor openHouseholds(String countyCode, String after) {
        return openHouseholds(countyCode, after, null);
    }

    /**
     * As {@link #openHouseholds(String, String)}, loading only the households whose id {@code wanted} accepts
     * ({@code null}: every one, which reads them differently: see {@link HouseholdCursor}).
     */
    public HouseholdCursor openHouseholds(String countyCode, String after, Predicate<String> wanted) {
        try {
            return new HouseholdCursor(db.connection(), countyCode, after, wanted,
                    db.kind() == DatabaseSettings.Kind.POSTGRESQL);
        } catch (SQLException e) {
            throw Jdbc.translate(e, "cannot read households of snapshot " + snapshotId);
        }
    }

    /** A case of the sampling frame: the case with its household's county and township. */
    public record FrameRow(String caseId, String householdId, String countyCode, String township, Program program,
            Decision decision, LocalDate decisionDate) {
    }

    private static final String FRAME_SQL = "SELECT c.case_id, c.household_id, h.county_code, h.township, c.program, "
            + "c.decision, c.decision_date FROM assistance_case c JOIN household h "
            + "ON h.snapshot_id = c.snapshot_id AND h.household_id = c.household_id "
            + "WHERE c.snapshot_id = ? ORDER BY c.case_id";

    /**
     * Streams every case of the snapshot joined to its household, in {@code case_id} order (both databases order
     * the ids by code point); the rows are never held: each call runs the query afresh.
     */
    public void forEachFrameRow(Consumer<FrameRow> consumer) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(FRAME_SQL)) {
            ps.setLong(1, snapshotId);
            ps.setFetchSize(2000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    java.sql.Date decided = rs.getDate(7);
                    consumer.accept(new FrameRow(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), Program.valueOf(rs.getString(5)), Decision.valueOf(rs.getString(6)),
                            decided == null ? null : decided.toLocalDate()));
                }
            }
        } catch (SQLException e) {
            throw Jdbc.translate(e, "cannot read the frame of snapshot " + snapshotId);
        }
    }

    /**
     * An approved temporary-assistance case: its household's county, its decision date, the amount paid once
     * ({@code monthly_benefit_yuan} carries it for TEMPORARY) and whether a member of its household is on the
     * registered-poor roll, not lifted.
     */
    public record TemporaryCaseRow(String countyCode, LocalDate decisionDate, BigDecimal amount,
            boolean registeredPoor) {
    }

    private static final String TEMPORARY_SQL = "SELECT h.county_code, c.decision_date, c.monthly_benefit_yuan, "
            + "CASE WHEN EXISTS (SELECT 1 FROM member m JOIN registered_poor r ON r.snapshot_id = m.snapshot_id "
            + "AND r.id_number = m.id_number WHERE m.snapshot_id = c.snapshot_id AND m.household_id = c.household_id "
            + "AND r.status = 'NOT_LIFTED') THEN 1 ELSE 0 END "
            + "FROM assistance_case c JOIN household h ON h.snapshot_id = c.snapshot_id "
            + "AND h.household_id = c.household_id WHERE c.snapshot_id = ? AND c.program = 'TEMPORARY' "
            + "AND c.decision = 'APPROVED' AND c.decision_date >= ? AND c.decision_date <= ?";

    /** Streams the snapshot's approved temporary cases decided from {@code from} to {@code to}, both included. */
    public void forEachTemporaryCase(LocalDate from, LocalDate to, Consumer<TemporaryCaseRow> consumer) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(TEMPORARY_SQL)) {
            ps.setLong(1, snapshotId);
            ps.setDate(2, java.sql.Date.valueOf(from));
            ps.setDate(3, java.sql.Date.valueOf(to));
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(new TemporaryCaseRow(rs.getString(1), rs.getDate(2).toLocalDate(),
                            rs.getBigDecimal(3), rs.getInt(4) == 1));
                }
            }
        } catch (SQLException e) {
            throw Jdbc.translate(e, "cannot tally the temporary assistance of snapshot " + snapshotId);
        }
    }

    private static final String UNMATCHED_POOR_SQL = "SELECT r.poor_household_id, r.id_number, r.name, "
            + "r.county_code, r.status, r.poverty_cause "
            + "FROM registered_poor r WHERE r.snapshot_id = ? AND NOT EXISTS (SELECT 1 FROM registered_poor r2 "
            + "JOIN member m ON m.snapshot_id = r2.snapshot_id AND m.id_number = r2.id_number "
            + "WHERE r2.snapshot_id = r.snapshot_id AND r2.poor_household_id = r.poor_household_id) "
            + "ORDER BY r.poor_household_id, r.source_line";

    /**
     * Streams the registered poor households none of whose members is a member of a civil-affairs household:
     * calls {@code sink} once per household, in poor-household-id order, with its rows (one household in memory).
     */
    public void forEachUnmatchedPoorHousehold(BiConsumer<String, List<RegisteredPoorPerson>> sink) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(UNMATCHED_POOR_SQL)) {
            ps.setLong(1, snapshotId);
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                String current = null;
                List<RegisteredPoorPerson> rows = new ArrayList<>();
                while (rs.next()) {
                    String id = rs.getString(1);
                    if (current != null && !current.equals(id)) {
                        sink.accept(current, rows);
                        rows = new ArrayList<>();
                    }
                    current = id;
                    rows.add(new RegisteredPoorPerson(id, rs.getString(2), rs.getString(3), rs.getString(4),
                            PovertyStatus.valueOf(rs.getString(5)), rs.getString(6)));
                }
                if (current != null) {
                    sink.accept(current, rows);
                }
            }
        } catch (SQLException e) {
            throw Jdbc.translate(e, "reading the unmatched registered poor of snapshot " + snapshotId);
        }
    }

    /** One child table of a household: its entity, its name and how to turn an entity into the model record. */
    private record Child<E, M>(Class<E> entity, String table, Function<E, M> toModel) {
        List<M> models(List<Object> rows) {
            List<M> out = new ArrayList<>(rows.size());
            for (Object row : rows) {
                out.add(toModel.apply(entity.cast(row)));
            }
            return out;
        }
    }

    private static final Child<MemberEntity, Member> MEMBERS =
            new Child<>(MemberEntity.class, "member", MemberEntity::toModel);
    private static final Child<IncomeEntity, Income> INCOMES =
            new Child<>(IncomeEntity.class, "income", IncomeEntity::toModel);
    private static final Child<DeductionEntity, Deduction> DEDUCTIONS =
            new Child<>(DeductionEntity.class, "deduction", DeductionEntity::toModel);
    private static final Child<AssetEntity, Asset> ASSETS =
            new Child<>(AssetEntity.class, "asset", AssetEntity::toModel);
    private static final Child<ObligorEntity, Obligor> OBLIGORS =
            new Child<>(ObligorEntity.class, "obligor", ObligorEntity::toModel);
    private static final Child<CaseEntity, AssistanceCase> CASES =
            new Child<>(CaseEntity.class, "assistance_case", CaseEntity::toModel);
    /** Matched through the members' identity numbers, not by household: read by its own join. */
    private static final Child<RegisteredPoorEntity, RegisteredPoorPerson> POOR =
            new Child<>(RegisteredPoorEntity.class, "registered_poor", RegisteredPoorEntity::toModel);
    private static final List<Child<?, ?>> CHILDREN = List.of(MEMBERS, INCOMES, DEDUCTIONS, ASSETS, OBLIGORS, CASES);

    /**
     * A forward-only cursor of {@link HouseholdFile}s, in household-id order, holding one page of households.
     *
     * <p>Read in pages on HSQLDB, and on PostgreSQL when only some households are wanted (a sample): a page of
     * households (keyset, so a page costs the same at the end of a province as at the start), then one range query
     * per child table over the page's id span, on the table's primary key (snapshot, household, line).
     *
     * <p>Read as streams on PostgreSQL when every household is wanted (a desk check, a comparison): the households
     * and each child table in one ordered pass each, from server-side cursors, merged here page by page. A page's
     * range queries and its join of the members to the registered poor had the server plan and run seven
     * statements a page, and the join probed the registered-poor index once per member (110 ms a page, two thirds
     * of a province's check before issue 25). A county's child rows are read over the county's span of household
     * ids, rows of another county's households within it passed over: household ids begin with the county's
     * division code, so the span is the county's alone unless a roll interleaves them.
     *
     * <p>Plain JDBC with statements prepared once per cursor: the rows go straight into the entities, without
     * Hibernate's per-row bookkeeping.
     */
    public final class HouseholdCursor implements Iterator<HouseholdFile>, AutoCloseable {
        private static final int PAGE = 1000;
        /** Below one wanted household in this many, a page's children are looked up household by household. */
        private static final int SPARSE = 8;
        /** Rows a server-side cursor brings at a time. */
        private static final int FETCH = 2000;

        private final Connection c;
        private final Predicate<String> wanted;
        private final EntityColumns householdColumns = EntityColumns.of(HouseholdEntity.class);
        private final EntityColumns poorColumns = EntityColumns.of(RegisteredPoorEntity.class);
        private final ArrayDeque<HouseholdFile> page = new ArrayDeque<>();
        private boolean exhausted;
        /** The streams, or null when reading in pages. */
        private final Streams streams;
        /** The page statements, or null when reading streams. */
        private final Pages pages;

        HouseholdCursor(Connection c, String countyCode, String after, Predicate<String> wanted, boolean server)
                throws SQLException {
            this.c = c;
            this.wanted = wanted == null ? id -> true : wanted;
            // Household ids are never blank, so "> ''" is the start of the snapshot.
            String from = after == null ? "" : after;
            Streams s = null;
            Pages p = null;
            try {
                if (server && wanted == null) {
                    s = new Streams(countyCode, from);
                } else {
                    p = new Pages(countyCode, from);
                }
            } catch (SQLException e) {
                try (c) {
                    if (s != null) {
                        s.close();
                    }
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
            streams = s;
            pages = p;
        }

        /** The statements of page reading, prepared once. */
        private final class Pages {
            private final PreparedStatement households;
            private final int afterParameter;
            private final Map<Child<?, ?>, PreparedStatement> children = new LinkedHashMap<>();
            private final PreparedStatement poor;
            private String after;

            Pages(String countyCode, String after) throws SQLException {
                this.after = after;
                households = c.prepareStatement("SELECT " + householdColumns.selectList(null)
                        + " FROM household WHERE snapshot_id = ?"
                        + (countyCode == null ? "" : " AND county_code = ?")
                        + " AND household_id > ? ORDER BY snapshot_id, "
                        + (countyCode == null ? "" : "county_code, ") + "household_id LIMIT " + PAGE);
                households.setLong(1, snapshotId);
                if (countyCode != null) {
                    households.setString(2, countyCode);
                }
                afterParameter = countyCode == null ? 2 : 3;
                for (Child<?, ?> child : CHILDREN) {
                    PreparedStatement ps = c.prepareStatement("SELECT "
                            + EntityColumns.of(child.entity()).selectList(null) + " FROM " + child.table()
                            + " WHERE snapshot_id = ? AND household_id BETWEEN ? AND ?"
                            + " ORDER BY household_id, source_line");
                    ps.setLong(1, snapshotId);
                    children.put(child, ps);
                }
                poor = Jdbc.plannedWithValues(c.prepareStatement("SELECT m.household_id, " + poorColumns.selectList("r")
                        + " FROM member m JOIN registered_poor r ON r.snapshot_id = m.snapshot_id"
                        + " AND r.id_number = m.id_number WHERE m.snapshot_id = ? AND m.household_id BETWEEN ? AND ?"
                        + " ORDER BY m.household_id, r.source_line"));
                poor.setLong(1, snapshotId);
            }

            List<HouseholdEntity> households() throws SQLException {
                households.setString(afterParameter, after);
                List<HouseholdEntity> rows = new ArrayList<>(PAGE);
                try (ResultSet rs = households.executeQuery()) {
                    while (rs.next()) {
                        rows.add((HouseholdEntity) householdColumns.read(rs, 1));
                    }
                }
                if (!rows.isEmpty()) {
                    after = rows.get(rows.size() - 1).householdId();
                }
                return rows;
            }

            /**
             * The children of the kept households, over id spans: one span from the first kept household to the
             * last (rows of households in between that were not kept are dropped by the index lookup), or, when
             * few of the page's households are wanted (a sample), one span per household.
             */
            Map<Child<?, ?>, List<List<Object>>> children(List<HouseholdEntity> rows, List<HouseholdEntity> kept,
                    Map<String, Integer> index) throws SQLException {
                List<String[]> spans = new ArrayList<>();
                if (kept.size() * SPARSE < rows.size()) {
                    kept.forEach(h -> spans.add(new String[] {h.householdId(), h.householdId()}));
                } else {
                    spans.add(new String[] {kept.get(0).householdId(), kept.get(kept.size() - 1).householdId()});
                }
                Map<Child<?, ?>, List<List<Object>>> rowsByChild = new HashMap<>();
                for (Map.Entry<Child<?, ?>, PreparedStatement> e : children.entrySet()) {
                    EntityColumns columns = EntityColumns.of(e.getKey().entity());
                    rowsByChild.put(e.getKey(), byHousehold(e.getValue(), columns,
                            columns.position("household_id"), 1, spans, index));
                }
                rowsByChild.put(POOR, byHousehold(poor, poorColumns, 1, 2, spans, index));
                return rowsByChild;
            }
        }

        /**
         * One ordered pass over each table, on server-side cursors (which need a transaction: the rows then come a
         * fetch at a time). Household ids compare in Java as on the server: every text column of PostgreSQL's
         * schema is {@code COLLATE "C"}, code point order.
         */
        private final class Streams {
            private final boolean autoCommit;
            private final List<Stream> opened = new ArrayList<>();
            private final Stream households;
            private final Map<Child<?, ?>, Stream> children = new LinkedHashMap<>();

            Streams(String countyCode, String after) throws SQLException {
                autoCommit = c.getAutoCommit();
                c.setAutoCommit(false);
                String county = countyCode == null ? "" : " AND county_code = ?";
                households = open("SELECT household_id, " + householdColumns.selectList(null)
                        + " FROM household WHERE snapshot_id = ?" + county + " AND household_id > ?"
                        + " ORDER BY snapshot_id, " + (countyCode == null ? "" : "county_code, ") + "household_id",
                        householdColumns, countyCode == null ? new Object[] {snapshotId, after}
                                : new Object[] {snapshotId, countyCode, after});
                // a county's span of household ids bounds its children's streams
                String first = after;
                String last = null;
                if (countyCode != null) {
                    try (PreparedStatement ps = c.prepareStatement("SELECT min(household_id), max(household_id)"
                            + " FROM household WHERE snapshot_id = ? AND county_code = ? AND household_id > ?")) {
                        ps.setLong(1, snapshotId);
                        ps.setString(2, countyCode);
                        ps.setString(3, after);
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            // the span from the first household after the restart point (inclusive) to the last
                            if (rs.getString(1) != null) {
                                first = rs.getString(1);
                                last = rs.getString(2);
                            } else {
                                last = after; // nothing left: every stream is empty
                            }
                        }
                    }
                }
                String lower = first.equals(after) ? " AND household_id > ?" : " AND household_id >= ?";
                String span = lower + (last == null ? "" : " AND household_id <= ?");
                Object[] params = last == null ? new Object[] {snapshotId, first}
                        : new Object[] {snapshotId, first, last};
                for (Child<?, ?> child : CHILDREN) {
                    EntityColumns columns = EntityColumns.of(child.entity());
                    children.put(child, open("SELECT household_id, " + columns.selectList(null) + " FROM "
                            + child.table() + " WHERE snapshot_id = ?" + span + " ORDER BY household_id, source_line",
                            columns, params));
                }
                children.put(POOR, open("SELECT m.household_id, " + poorColumns.selectList("r")
                        + " FROM member m JOIN registered_poor r ON r.snapshot_id = m.snapshot_id"
                        + " AND r.id_number = m.id_number WHERE m.snapshot_id = ?"
                        + span.replace("household_id", "m.household_id")
                        + " ORDER BY m.household_id, r.source_line", poorColumns, params));
            }

            private Stream open(String sql, EntityColumns columns, Object[] params) throws SQLException {
                Stream s = new Stream(sql, columns, params);
                opened.add(s);
                return s;
            }

            List<HouseholdEntity> households() throws SQLException {
                List<HouseholdEntity> rows = new ArrayList<>(PAGE);
                while (rows.size() < PAGE && households.more) {
                    rows.add((HouseholdEntity) households.row());
                    households.advance();
                }
                return rows;
            }

            Map<Child<?, ?>, List<List<Object>>> children(List<String> ids) throws SQLException {
                Map<Child<?, ?>, List<List<Object>>> rowsByChild = new HashMap<>();
                for (Map.Entry<Child<?, ?>, Stream> e : children.entrySet()) {
                    rowsByChild.put(e.getKey(), e.getValue().byHousehold(ids));
                }
                return rowsByChild;
            }

            void close() throws SQLException {
                try {
                    for (Stream s : opened) {
                        s.close();
                    }
                    c.rollback();
                } finally {
                    c.setAutoCommit(autoCommit);
                }
            }
        }

        /** The rows of one statement in household order (its first column), read a fetch at a time. */
        private final class Stream {
            private final PreparedStatement ps;
            private final ResultSet rs;
            private final EntityColumns columns;
            private boolean more;

            Stream(String sql, EntityColumns columns, Object[] params) throws SQLException {
                this.columns = columns;
                ps = c.prepareStatement(sql);
                ps.setFetchSize(FETCH);
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                rs = ps.executeQuery();
                more = rs.next();
            }

            Object row() throws SQLException {
                return columns.read(rs, 2);
            }

            void advance() throws SQLException {
                more = rs.next();
            }

            /**
             * The rows of the page's households ({@code ids}, in order), per household; rows of a household the
             * page does not hold (another county's, within the span) are passed over. Both come in household order,
             * so a row is placed by walking the page, without a lookup per row.
             */
            List<List<Object>> byHousehold(List<String> ids) throws SQLException {
                int n = ids.size();
                List<List<Object>> out = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    out.add(new ArrayList<>(4));
                }
                int at = 0;
                while (more) {
                    String id = rs.getString(1);
                    while (at < n && ids.get(at).compareTo(id) < 0) {
                        at++;
                    }
                    if (at == n) {
                        break; // the next page's
                    }
                    if (ids.get(at).equals(id)) {
                        out.get(at).add(columns.read(rs, 2));
                    }
                    more = rs.next();
                }
                return out;
            }

            void close() throws SQLException {
                try (ps) {
                    rs.close();
                }
            }
        }

        @Override
        public boolean hasNext() {
            try {
                while (page.isEmpty() && !exhausted) {
                    fill();
                }
            } catch (SQLException e) {
                throw Jdbc.translate(e, "cannot read households of snapshot " + snapshotId);
            }
            return !page.isEmpty();
        }

        @Override
        public HouseholdFile next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return page.removeFirst();
        }

        private void fill() throws SQLException {
            List<HouseholdEntity> rows = streams != null ? streams.households() : pages.households();
            if (rows.size() < PAGE) {
                exhausted = true;
            }
            List<HouseholdEntity> kept = new ArrayList<>(rows.size());
            for (HouseholdEntity h : rows) {
                if (wanted.test(h.householdId())) {
                    kept.add(h);
                }
            }
            if (kept.isEmpty()) {
                return;
            }
            Map<Child<?, ?>, List<List<Object>>> rowsByChild;
            if (streams != null) {
                rowsByChild = streams.children(kept.stream().map(HouseholdEntity::householdId).toList());
            } else {
                Map<String, Integer> index = new HashMap<>(kept.size() * 2);
                for (int i = 0; i < kept.size(); i++) {
                    index.put(kept.get(i).householdId(), i);
                }
                rowsByChild = pages.children(rows, kept, index);
            }
            for (int i = 0; i < kept.size(); i++) {
                page.add(new HouseholdFile(kept.get(i).toModel(),
                        MEMBERS.models(rowsByChild.get(MEMBERS).get(i)),
                        INCOMES.models(rowsByChild.get(INCOMES).get(i)),
                        DEDUCTIONS.models(rowsByChild.get(DEDUCTIONS).get(i)),
                        ASSETS.models(rowsByChild.get(ASSETS).get(i)),
                        OBLIGORS.models(rowsByChild.get(OBLIGORS).get(i)),
                        CASES.models(rowsByChild.get(CASES).get(i)),
                        POOR.models(rowsByChild.get(POOR).get(i))));
            }
        }

        /**
         * Runs a range query per span whose household id is column {@code keyColumn} and whose entity columns
         * start at {@code entityColumn}; returns the entities per kept household, in page order.
         */
        private List<List<Object>> byHousehold(PreparedStatement ps, EntityColumns columns, int keyColumn,
                int entityColumn, List<String[]> spans, Map<String, Integer> index) throws SQLException {
            List<List<Object>> out = new ArrayList<>(index.size());
            for (int i = 0; i < index.size(); i++) {
                out.add(new ArrayList<>(4));
            }
            for (String[] span : spans) {
                ps.setString(2, span[0]);
                ps.setString(3, span[1]);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Integer at = index.get(rs.getString(keyColumn));
                        if (at != null) {
                            out.get(at).add(columns.read(rs, entityColumn));
                        }
                    }
                }
            }
            return out;
        }

        @Override
        public void close() {
            try (c) {
                if (streams != null) {
                    streams.close();
                }
            } catch (SQLException e) {
                throw Jdbc.translate(e, "cannot close the household cursor");
            }
        }
    }
}
