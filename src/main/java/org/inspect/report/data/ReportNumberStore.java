package org.inspect.report.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.inspect.store.Database;
import org.inspect.store.Sql;

/**
 * The report numbers given so far (schema 15, {@code report_number}): a check run's report takes the next running
 * number of the configured pattern the first time it is written and keeps it afterwards, so the fifth check of a
 * campaign does not print 〔2019〕5号 when it is the campaign's second report.
 */
final class ReportNumberStore {

    private final Database db;

    public ReportNumberStore(Database db) {
        this.db = db;
    }

    /**
     * The report number of {@code checkRunId} under {@code settings}' pattern: the one it was given, else the next
     * after the pattern's highest (from {@code report.first} when the pattern has none yet), recorded.
     */
    public String numberFor(long checkRunId, CampaignSettings settings) {
        String pattern = settings.reportPattern();
        String[] number = new String[1];
        Sql.inTransaction(db, c -> {
            Integer own = own(c, checkRunId, pattern);
            if (own != null) {
                number[0] = settings.reportNumber(own);
                return;
            }
            int seq = next(c, pattern, settings.reportFirst());
            number[0] = settings.reportNumber(seq);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO report_number (check_run_id, number_pattern, "
                    + "seq, number, assigned_at) VALUES (?, ?, ?, ?, LOCALTIMESTAMP)")) {
                ps.setLong(1, checkRunId);
                ps.setString(2, pattern);
                ps.setInt(3, seq);
                ps.setString(4, number[0]);
                ps.executeUpdate();
            }
        });
        return number[0];
    }

    private static Integer own(Connection c, long checkRunId, String pattern) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT seq FROM report_number WHERE check_run_id = ? AND number_pattern = ?")) {
            ps.setLong(1, checkRunId);
            ps.setString(2, pattern);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : null;
            }
        }
    }

    private static int next(Connection c, String pattern, int first) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MAX(seq) FROM report_number WHERE number_pattern = ?")) {
            ps.setString(1, pattern);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                int max = rs.getInt(1);
                return rs.wasNull() ? first : Math.max(first, max + 1);
            }
        }
    }
}
