package org.inspect.report.data;

import org.inspect.store.Jdbc;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inspect.report.DisclosureInput;
import org.inspect.report.DisclosureInput.Listing;
import org.inspect.report.DisclosureInput.Row;
import org.inspect.store.Database;

/**
 * Assembles the public-notice lists (公示名单, clause 三（三）) of a snapshot by township: the current dibao and
 * tekun recipients (the household's latest dibao/tekun decision is an approval; the applicant is listed with
 * the household's size) and the registered poor people, placed in the township of the household they are a
 * member of. Registered poor people who are in no household of the rolls have no known township; they are
 * counted in {@link Lists#unplaced} and left out of the lists.
 */
public final class DisclosureData {

    private final Database db;

    public DisclosureData(Database db) {
        this.db = db;
    }

    /** The lists and the number of registered poor people that could not be placed in a township. */
    public record Lists(DisclosureInput input, int unplaced) {
    }

    /** The lists of snapshot {@code snapshotId}, of one township when {@code township} is not null. */
    public Lists assemble(long snapshotId, String township, CampaignSettings settings, boolean fullData) {
        List<Row> rows = new ArrayList<>();
        int unplaced;
        try (Connection c = db.connection()) {
            recipients(c, snapshotId, rows);
            unplaced = registeredPoor(c, snapshotId, rows);
        } catch (SQLException e) {
            throw Jdbc.translate(e);
        }
        if (township != null) {
            rows.removeIf(r -> !township.equals(r.township()));
            if (rows.isEmpty()) {
                throw new org.inspect.error.NotFoundException("no township " + township
                        + " with listed people in this snapshot").localized("disclosure.noTownship", township);
            }
        }
        LocalDate start = settings.campaign().issueDate();
        LocalDate end = start.plusDays(Math.max(1, settings.disclosureDays()) - 1L);
        return new Lists(new DisclosureInput(settings.campaign(), start, end, settings.disclosureContact(), rows,
                fullData), township == null ? unplaced : 0);
    }

    /** Households whose latest dibao (or tekun) decision is an approval: the applicant of that case. */
    private static void recipients(Connection c, long snapshotId, List<Row> rows) throws SQLException {
        record Latest(String program, String decision, LocalDate date, String applicant, String household) {
        }
        Map<String, Latest> latest = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT household_id, program, decision, decision_date, "
                + "applicant_id_number, case_id FROM assistance_case WHERE snapshot_id = ? "
                + "AND program IN ('DIBAO', 'TEKUN') AND decision IN ('APPROVED', 'TERMINATED') ORDER BY case_id")) {
            ps.setLong(1, snapshotId);
            ps.setFetchSize(2000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Date d = rs.getDate(4);
                    Latest l = new Latest(rs.getString(2), rs.getString(3), d == null ? LocalDate.MIN : d.toLocalDate(),
                            rs.getString(5), rs.getString(1));
                    latest.merge(l.household() + "/" + l.program(), l, (a, b) -> b.date().isBefore(a.date()) ? a : b);
                }
            }
        }
        Map<String, String[]> households = new HashMap<>();
        Map<String, Integer> sizes = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT household_id, county_code, township, village FROM household WHERE snapshot_id = ?")) {
            ps.setLong(1, snapshotId);
            ps.setFetchSize(2000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    households.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT household_id, id_number, name FROM member WHERE snapshot_id = ?")) {
            ps.setLong(1, snapshotId);
            ps.setFetchSize(5000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sizes.merge(rs.getString(1), 1, Integer::sum);
                    names.put(rs.getString(1) + "/" + rs.getString(2), rs.getString(3));
                }
            }
        }
        for (Latest l : latest.values()) {
            String[] h = households.get(l.household());
            if (!"APPROVED".equals(l.decision()) || h == null) {
                continue;
            }
            rows.add(new Row(h[0], h[1], h[2] == null ? "" : h[2], Listing.valueOf(l.program()),
                    names.getOrDefault(l.household() + "/" + l.applicant(), ""), l.applicant(),
                    sizes.getOrDefault(l.household(), 1)));
        }
    }

    /** Registered poor people placed by the household they belong to; returns how many could not be placed. */
    private static int registeredPoor(Connection c, long snapshotId, List<Row> rows) throws SQLException {
        int unplaced = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT r.id_number, r.name, r.county_code, h.township, "
                + "h.village, (SELECT COUNT(*) FROM registered_poor r2 WHERE r2.snapshot_id = r.snapshot_id "
                + "AND r2.poor_household_id = r.poor_household_id) FROM registered_poor r "
                + "LEFT JOIN member m ON m.snapshot_id = r.snapshot_id AND m.id_number = r.id_number "
                + "LEFT JOIN household h ON h.snapshot_id = m.snapshot_id AND h.household_id = m.household_id "
                + "WHERE r.snapshot_id = ? ORDER BY r.id_number")) {
            ps.setLong(1, snapshotId);
            ps.setFetchSize(2000);
            String previous = null;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    if (id.equals(previous)) {
                        continue; // a person in two households of the rolls is listed once
                    }
                    previous = id;
                    if (rs.getString(4) == null) {
                        unplaced++;
                        continue;
                    }
                    rows.add(new Row(rs.getString(3), rs.getString(4), rs.getString(5) == null ? "" : rs.getString(5),
                            Listing.REGISTERED_POOR, rs.getString(2), id, rs.getInt(6)));
                }
            }
        }
        return unplaced;
    }
}
