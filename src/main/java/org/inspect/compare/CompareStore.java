package org.inspect.compare;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.inspect.store.Database;
import org.inspect.store.Jdbc;
import org.inspect.store.Sql;

/**
 * The lists of a compare run, stored and read back. Writers replace by key (a chunk's households, the run's
 * unmatched households, the run's changes) so that a replayed chunk or step leaves the same rows.
 */
public final class CompareStore {

    static final String IDS = ";";
    static final String NAMES = "、";

    private static final String MATCH_COLUMNS = "poor_household_id, household_id, county_code, township, village, "
            + "poor_county_code, not_lifted, covered, programs, filed_conclusion, dibao_eligible, per_capita_income, "
            + "tekun_eligible, matched_ids, matched_names, refusal_case_id, refusal_program, refusal_decision, "
            + "refusal_date, refusal_reason, refusal_filed";
    private static final String MATCH_ORDER = " ORDER BY county_code NULLS FIRST, township NULLS FIRST, village NULLS FIRST, "
            + "poor_household_id, household_id";

    /** A registered poor household's state in one run, for month-on-month changes. */
    public record PoorState(String poorHouseholdId, String countyCode, boolean notLifted, boolean uncovered) {
        public boolean covered() {
            return notLifted && !uncovered;
        }
    }

    private final Database db;

    public CompareStore(Database db) {
        this.db = db;
    }

    // ---- writing

    /** Replaces the matches and recipient rows of these households in the run, in one transaction. */
    public void replaceHouseholds(long runId, List<String> householdIds, List<Match> matches,
            List<Recipient> recipients) {
        Sql.inTransaction(db, c -> {
            for (String table : List.of("compare_match", "compare_recipient")) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table
                        + " WHERE run_id = ? AND household_id = ?")) {
                    for (String h : householdIds) {
                        ps.setLong(1, runId);
                        ps.setString(2, h);
                        ps.addBatch();
                    }
                    execute(ps, householdIds.size());
                }
            }
            insertMatches(c, runId, matches);
            insertRecipients(c, runId, recipients);
        });
    }

    private static void insertMatches(Connection c, long runId, List<Match> matches) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO compare_match (run_id, " + MATCH_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Match m : matches) {
                int i = 1;
                ps.setLong(i++, runId);
                ps.setString(i++, m.poorHouseholdId());
                ps.setString(i++, m.householdId());
                ps.setString(i++, m.countyCode());
                ps.setString(i++, m.township());
                ps.setString(i++, m.village());
                ps.setString(i++, m.poorCountyCode());
                ps.setBoolean(i++, m.notLifted());
                ps.setBoolean(i++, m.covered());
                ps.setString(i++, m.programs());
                ps.setBoolean(i++, m.filedConclusion());
                ps.setObject(i++, m.dibaoEligible(), Types.BOOLEAN);
                ps.setBigDecimal(i++, m.perCapitaIncome());
                ps.setString(i++, String.join(IDS, m.tekunEligible()));
                ps.setString(i++, cut(String.join(IDS, m.matchedIds()), 2000));
                ps.setString(i++, cut(String.join(NAMES, m.matchedNames()), 2000));
                Match.Refusal r = m.refusal();
                ps.setString(i++, r == null ? null : r.caseId());
                ps.setString(i++, r == null ? null : r.program());
                ps.setString(i++, r == null ? null : r.decision());
                ps.setDate(i++, r == null || r.decisionDate() == null ? null : Date.valueOf(r.decisionDate()));
                ps.setString(i++, r == null ? null : cut(r.reason(), 2000));
                ps.setObject(i++, r == null ? null : r.filed(), Types.BOOLEAN);
                ps.addBatch();
            }
            execute(ps, matches.size());
        }
    }

    private static void insertRecipients(Connection c, long runId, List<Recipient> recipients) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO compare_recipient (run_id, household_id, "
                + "county_code, township, village, programs, head_id_number, head_name, members) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Recipient r : recipients) {
                ps.setLong(1, runId);
                ps.setString(2, r.householdId());
                ps.setString(3, r.countyCode());
                ps.setString(4, r.township());
                ps.setString(5, r.village());
                ps.setString(6, r.programs());
                ps.setString(7, r.headIdNumber());
                ps.setString(8, r.headName());
                ps.setInt(9, r.members());
                ps.addBatch();
            }
            execute(ps, recipients.size());
        }
    }

    /** Replaces the run's unmatched poor households. */
    public void replaceUnmatched(long runId, List<UnmatchedPoor> rows) {
        Sql.inTransaction(db, c -> {
            delete(c, "compare_unmatched", runId);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO compare_unmatched (run_id, poor_household_id, "
                    + "county_code, not_lifted, members, member_ids, member_names) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (UnmatchedPoor u : rows) {
                    ps.setLong(1, runId);
                    ps.setString(2, u.poorHouseholdId());
                    ps.setString(3, u.countyCode());
                    ps.setBoolean(4, u.notLifted());
                    ps.setInt(5, u.memberIds().size());
                    ps.setString(6, cut(String.join(IDS, u.memberIds()), 2000));
                    ps.setString(7, cut(String.join(NAMES, u.memberNames()), 2000));
                    ps.addBatch();
                }
                execute(ps, rows.size());
            }
        });
    }

    /** Replaces the run's month-on-month changes. */
    public void replaceChanges(long runId, List<Change> changes) {
        Sql.inTransaction(db, c -> {
            delete(c, "compare_change", runId);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO compare_change (run_id, kind, "
                    + "poor_household_id, household_id, county_code, case_id, decision_date, detail) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Change ch : changes) {
                    ps.setLong(1, runId);
                    ps.setString(2, ch.kind().name());
                    ps.setString(3, ch.poorHouseholdId());
                    ps.setString(4, ch.householdId());
                    ps.setString(5, ch.countyCode());
                    ps.setString(6, ch.caseId());
                    ps.setDate(7, ch.decisionDate() == null ? null : Date.valueOf(ch.decisionDate()));
                    ps.setString(8, cut(ch.detail(), 2000));
                    ps.addBatch();
                }
                execute(ps, changes.size());
            }
        });
    }

    // ---- reading

    /** Not-lifted, uncovered matches (filed conclusion or not), by county, township, village and poor household. */
    public void forEachUncovered(long runId, Consumer<Match> sink) {
        matches("WHERE run_id = ? AND not_lifted AND NOT covered" + MATCH_ORDER, sink, runId);
    }

    /** Every match of the run. */
    public void forEachMatch(long runId, Consumer<Match> sink) {
        matches("WHERE run_id = ?" + MATCH_ORDER, sink, runId);
    }

    /** Not-lifted poor households that match no civil-affairs household, by county and id. */
    public List<UnmatchedPoor> unmatched(long runId) {
        List<UnmatchedPoor> out = new ArrayList<>();
        query("SELECT poor_household_id, county_code, not_lifted, member_ids, member_names FROM compare_unmatched "
                + "WHERE run_id = ? AND not_lifted ORDER BY county_code NULLS FIRST, poor_household_id", rs -> out.add(
                        new UnmatchedPoor(rs.getString(1), rs.getString(2), rs.getBoolean(3), split(rs.getString(4), IDS),
                                split(rs.getString(5), NAMES))), runId);
        return out;
    }

    /**
     * The matches in splits: a poor household matched to several civil-affairs households (grouped by poor
     * household), then civil-affairs households matched to several poor households (grouped by household).
     */
    public List<Split> splits(long runId) {
        List<Split> out = new ArrayList<>();
        matches("WHERE run_id = ? AND poor_household_id IN (SELECT poor_household_id FROM compare_match WHERE "
                + "run_id = ? GROUP BY poor_household_id HAVING COUNT(*) > 1) ORDER BY poor_household_id, household_id",
                m -> out.add(new Split(Split.Kind.POOR_IN_SEVERAL, m.poorHouseholdId(), m)), runId, runId);
        matches("WHERE run_id = ? AND household_id IN (SELECT household_id FROM compare_match WHERE run_id = ? "
                + "GROUP BY household_id HAVING COUNT(*) > 1) ORDER BY household_id, poor_household_id",
                m -> out.add(new Split(Split.Kind.HOUSEHOLD_WITH_SEVERAL, m.householdId(), m)), runId, runId);
        return out;
    }

    /** Dibao and tekun households with no member on the registered-poor roll, by county, township and id. */
    public void forEachRecipient(long runId, Consumer<Recipient> sink) {
        query("SELECT household_id, county_code, township, village, programs, head_id_number, head_name, members "
                + "FROM compare_recipient WHERE run_id = ? ORDER BY county_code, township NULLS FIRST, village NULLS FIRST, household_id",
                rs -> sink.accept(new Recipient(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8))), runId);
    }

    /** Every registered poor household of the run (lifted or not) with its county and coverage. */
    public Map<String, PoorState> states(long runId) {
        Map<String, PoorState> out = new LinkedHashMap<>();
        query("SELECT poor_household_id, MIN(county_code), MAX(CASE WHEN not_lifted THEN 1 ELSE 0 END), "
                + "MAX(CASE WHEN not_lifted AND NOT covered THEN 1 ELSE 0 END) FROM compare_match WHERE run_id = ? "
                + "GROUP BY poor_household_id ORDER BY poor_household_id", rs -> out.put(rs.getString(1),
                        new PoorState(rs.getString(1), rs.getString(2), rs.getInt(3) == 1, rs.getInt(4) == 1)), runId);
        query("SELECT poor_household_id, county_code, not_lifted FROM compare_unmatched WHERE run_id = ? "
                + "ORDER BY poor_household_id", rs -> out.put(rs.getString(1), new PoorState(rs.getString(1),
                        rs.getString(2), rs.getBoolean(3), rs.getBoolean(3))), runId);
        return out;
    }

    /** Coverage by county (see {@link CountyCoverage}), in county-code order. */
    public List<CountyCoverage> coverage(long runId) {
        Map<String, long[]> byCounty = new java.util.TreeMap<>();
        Set<String> unmatched = new HashSet<>();
        query("SELECT poor_household_id FROM compare_unmatched WHERE run_id = ?", rs -> unmatched.add(rs.getString(1)),
                runId);
        for (PoorState s : states(runId).values()) {
            if (!s.notLifted()) {
                continue;
            }
            long[] n = byCounty.computeIfAbsent(s.countyCode(), k -> new long[4]);
            n[0]++;
            if (s.covered()) {
                n[1]++;
            } else if (unmatched.contains(s.poorHouseholdId())) {
                n[3]++;
            } else {
                n[2]++;
            }
        }
        List<CountyCoverage> out = new ArrayList<>();
        byCounty.forEach((k, n) -> out.add(new CountyCoverage(k, n[0], n[1], n[2], n[3])));
        return out;
    }

    /** The run's month-on-month changes, by kind, county and poor household. */
    public List<Change> changes(long runId) {
        List<Change> out = new ArrayList<>();
        query("SELECT kind, poor_household_id, household_id, county_code, case_id, decision_date, detail "
                + "FROM compare_change WHERE run_id = ? ORDER BY kind, county_code NULLS FIRST, poor_household_id, household_id NULLS FIRST",
                rs -> out.add(new Change(Change.Kind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5),
                        rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate(), rs.getString(7))), runId);
        out.sort(java.util.Comparator.comparing(Change::kind));
        return out;
    }

    /**
     * The subjects rule UNCOVERED_REGISTERED_POOR reports on this snapshot, by this run's definitions: households
     * of uncovered matches without a filed conclusion, and unmatched not-lifted poor household ids.
     */
    public Set<String> ruleSubjects(long runId) {
        Set<String> out = new java.util.TreeSet<>();
        query("SELECT DISTINCT household_id FROM compare_match WHERE run_id = ? AND not_lifted AND NOT covered "
                + "AND NOT filed_conclusion", rs -> out.add(rs.getString(1)), runId);
        query("SELECT poor_household_id FROM compare_unmatched WHERE run_id = ? AND not_lifted",
                rs -> out.add(rs.getString(1)), runId);
        return out;
    }

    /**
     * Dibao cases TERMINATED in the run's snapshot, in households matched to a not-lifted poor household, whose
     * case id was not TERMINATED in the earlier snapshot: terminated since then (clause 二（四）).
     */
    public List<Change> terminatedSince(long runId, long snapshotId, long earlierSnapshotId) {
        List<Change> out = new ArrayList<>();
        query("SELECT m.poor_household_id, m.household_id, m.county_code, c.case_id, c.decision_date, "
                + "c.decision_reason, c.written_conclusion, c.filed FROM compare_match m JOIN assistance_case c "
                + "ON c.snapshot_id = ? AND c.household_id = m.household_id WHERE m.run_id = ? AND m.not_lifted "
                + "AND c.program = 'DIBAO' AND c.decision = 'TERMINATED' AND NOT EXISTS (SELECT 1 FROM assistance_case o "
                + "WHERE o.snapshot_id = ? AND o.case_id = c.case_id AND o.decision = 'TERMINATED') "
                + "ORDER BY m.poor_household_id, m.household_id, c.case_id NULLS FIRST", rs -> {
                    boolean filed = Boolean.TRUE.equals(rs.getObject(7)) && Boolean.TRUE.equals(rs.getObject(8));
                    out.add(new Change(Change.Kind.DIBAO_TERMINATED, rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate(),
                            (filed ? "FILED: " : "NOT_FILED: ") + nullToEmpty(rs.getString(6))));
                }, snapshotId, runId, earlierSnapshotId);
        return out;
    }

    // ---- plumbing

    private void matches(String where, Consumer<Match> sink, Object... args) {
        query("SELECT " + MATCH_COLUMNS + " FROM compare_match " + where, rs -> sink.accept(match(rs)), args);
    }

    private static Match match(ResultSet rs) throws SQLException {
        Match.Refusal refusal = rs.getString(16) == null ? null : new Match.Refusal(rs.getString(16), rs.getString(17),
                rs.getString(18), rs.getDate(19) == null ? null : rs.getDate(19).toLocalDate(), rs.getString(20),
                Boolean.TRUE.equals(rs.getObject(21)));
        return new Match(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getBoolean(7), rs.getBoolean(8), rs.getString(9), rs.getBoolean(10),
                (Boolean) rs.getObject(11), rs.getBigDecimal(12), split(rs.getString(13), IDS),
                split(rs.getString(14), IDS), split(rs.getString(15), NAMES), refusal);
    }

    private interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    private void query(String sql, RowHandler handler, Object... args) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    handler.row(rs);
                }
            }
        } catch (SQLException e) {
            throw Jdbc.translate(e, "reading compare lists");
        }
    }

    private static void delete(Connection c, String table, long runId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE run_id = ?")) {
            ps.setLong(1, runId);
            ps.executeUpdate();
        }
    }

    /** HSQLDB rejects executeBatch() on an empty batch. */
    private static void execute(PreparedStatement ps, int size) throws SQLException {
        if (size > 0) {
            ps.executeBatch();
        }
    }

    private static List<String> split(String s, String sep) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(java.util.regex.Pattern.quote(sep)));
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
