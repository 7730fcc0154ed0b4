package org.inspect.check;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.inspect.rules.TemporaryDrive;
import org.inspect.store.Database;

/**
 * Tallies a snapshot's approved temporary-assistance cases (program TEMPORARY) by county and month of decision,
 * for rule NO_TEMPORARY_DRIVE and the report's 集中救助 section. A case goes to a registered poor household when
 * a member of its household is on the registered-poor roll, not lifted. The one-off amount is the case's
 * {@code monthly_benefit_yuan} (data-format.md: for TEMPORARY it carries the amount paid once).
 */
public final class TemporaryCases {

    private static final String SQL = "SELECT h.county_code, c.decision_date, c.monthly_benefit_yuan, "
            + "CASE WHEN EXISTS (SELECT 1 FROM member m JOIN registered_poor r ON r.snapshot_id = m.snapshot_id "
            + "AND r.id_number = m.id_number WHERE m.snapshot_id = c.snapshot_id AND m.household_id = c.household_id "
            + "AND r.status = 'NOT_LIFTED') THEN 1 ELSE 0 END "
            + "FROM assistance_case c JOIN household h ON h.snapshot_id = c.snapshot_id "
            + "AND h.household_id = c.household_id WHERE c.snapshot_id = ? AND c.program = 'TEMPORARY' "
            + "AND c.decision = 'APPROVED' AND c.decision_date >= ? AND c.decision_date <= ?";

    private final Database db;

    public TemporaryCases(Database db) {
        this.db = db;
    }

    /**
     * The tally of every county in {@code counties} (a county without a decision gets an empty tally), for the
     * cases decided from {@code from} to {@code to}, both included.
     */
    public Map<String, TemporaryDrive> tally(long snapshotId, Collection<String> counties, LocalDate from,
            LocalDate to) {
        Map<String, Map<YearMonth, TemporaryDrive.Month>> months = new HashMap<>();
        counties.forEach(c -> months.put(c, new TreeMap<>()));
        if (!from.isAfter(to)) {
            read(snapshotId, from, to, months);
        }
        Map<String, TemporaryDrive> out = new TreeMap<>();
        months.forEach((county, m) -> out.put(county, new TemporaryDrive(county, new TreeMap<>(m))));
        return out;
    }

    private void read(long snapshotId, LocalDate from, LocalDate to,
            Map<String, Map<YearMonth, TemporaryDrive.Month>> months) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(SQL)) {
            ps.setLong(1, snapshotId);
            ps.setDate(2, Date.valueOf(from));
            ps.setDate(3, Date.valueOf(to));
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    YearMonth m = YearMonth.from(rs.getDate(2).toLocalDate());
                    BigDecimal amount = rs.getBigDecimal(3);
                    months.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                            .merge(m, TemporaryDrive.Month.NONE.plus(rs.getInt(4) == 1, amount),
                                    (a, b) -> a.plus(b.registeredPoor() == 1, amount));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tally the temporary assistance of snapshot " + snapshotId + ": "
                    + e.getMessage(), e);
        }
    }
}
