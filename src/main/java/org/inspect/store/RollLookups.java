package org.inspect.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Rows of one snapshot looked up by key, for features that keep their own rows by case or household id (a sample's
 * drawn cases) and need the roll's details: they ask here rather than join the roll's tables (ArchitectureTest).
 * One prepared query per key: meant for samples (hundreds to a few thousand keys), not for whole rolls.
 */
public final class RollLookups {

    /** Where a case lives: its household and county. */
    public record CaseHome(String caseId, String householdId, String countyCode) {
    }

    /** A household's address and head (name from the member with the head's id number, null when none). */
    public record Household(String householdId, String countyCode, String township, String village, String address,
            String headName, String headIdNumber, int members) {
    }

    /** A case's decision and applicant (name from the household's member of that number, null when none). */
    public record Case(String caseId, String householdId, String program, String decision, LocalDate decisionDate,
            BigDecimal monthlyBenefitYuan, String applicantIdNumber, String applicantName) {
    }

    private final Database db;

    public RollLookups(Database db) {
        this.db = db;
    }

    /** The households (and counties) of the cases of {@code snapshotId} that exist, by case id. */
    public Map<String, CaseHome> caseHomes(long snapshotId, Collection<String> caseIds) {
        Map<String, CaseHome> out = new HashMap<>();
        each("SELECT c.case_id, c.household_id, h.county_code FROM assistance_case c JOIN household h "
                + "ON h.snapshot_id = c.snapshot_id AND h.household_id = c.household_id "
                + "WHERE c.snapshot_id = ? AND c.case_id = ?", snapshotId, caseIds,
                rs -> out.put(rs.getString(1), new CaseHome(rs.getString(1), rs.getString(2), rs.getString(3))));
        return out;
    }

    /** The households of {@code snapshotId} that exist among {@code householdIds}, by household id. */
    public Map<String, Household> households(long snapshotId, Collection<String> householdIds) {
        Map<String, Household> out = new HashMap<>();
        each("SELECT h.household_id, h.county_code, h.township, h.village, h.address, m.name, h.head_id_number, "
                + "(SELECT COUNT(*) FROM member mm WHERE mm.snapshot_id = h.snapshot_id "
                + "AND mm.household_id = h.household_id) FROM household h "
                + "LEFT JOIN member m ON m.snapshot_id = h.snapshot_id AND m.household_id = h.household_id "
                + "AND m.id_number = h.head_id_number WHERE h.snapshot_id = ? AND h.household_id = ?",
                snapshotId, householdIds,
                rs -> out.put(rs.getString(1), new Household(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8))));
        return out;
    }

    /** The cases of {@code snapshotId} that exist among {@code caseIds}, by case id. */
    public Map<String, Case> cases(long snapshotId, Collection<String> caseIds) {
        Map<String, Case> out = new HashMap<>();
        each("SELECT a.case_id, a.household_id, a.program, a.decision, a.decision_date, a.monthly_benefit_yuan, "
                + "a.applicant_id_number, m.name FROM assistance_case a LEFT JOIN member m "
                + "ON m.snapshot_id = a.snapshot_id AND m.household_id = a.household_id "
                + "AND m.id_number = a.applicant_id_number WHERE a.snapshot_id = ? AND a.case_id = ?",
                snapshotId, caseIds, rs -> {
                    java.sql.Date decided = rs.getDate(5);
                    out.put(rs.getString(1), new Case(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), decided == null ? null : decided.toLocalDate(), rs.getBigDecimal(6),
                            rs.getString(7), rs.getString(8)));
                });
        return out;
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private void each(String sql, long snapshotId, Collection<String> keys, Row row) {
        if (keys.isEmpty()) {
            return;
        }
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, snapshotId);
            for (String key : keys) {
                ps.setString(2, key);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        row.read(rs);
                    }
                }
            }
        } catch (SQLException e) {
            throw Jdbc.translate(e, "looking up rows of the snapshot");
        }
    }
}
