package org.inspect.report.data;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.inspect.store.Database;
import org.inspect.store.Sql;

/**
 * The bulletin numbers given so far (schema 22, {@code bulletin_number}): the bulletin of a day takes the next
 * running number of the configured pattern the first time it is written and keeps it afterwards, as a report does
 * ({@link ReportNumberStore}).
 */
public final class BulletinNumberStore {

    private final Database db;

    public BulletinNumberStore(Database db) {
        this.db = db;
    }

    /** The number of the bulletin of {@code day}, recorded the first time it is asked for. */
    public String numberFor(LocalDate day, CampaignSettings settings) {
        String pattern = settings.bulletinPattern();
        String[] number = new String[1];
        Sql.inTransaction(db, c -> {
            Integer own = own(c, day, pattern);
            if (own != null) {
                number[0] = settings.bulletinNumber(own);
                return;
            }
            int seq = next(c, pattern, settings.bulletinFirst());
            number[0] = settings.bulletinNumber(seq);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO bulletin_number (as_of, number_pattern, "
                    + "seq, number, assigned_at) VALUES (?, ?, ?, ?, LOCALTIMESTAMP)")) {
                ps.setDate(1, Date.valueOf(day));
                ps.setString(2, pattern);
                ps.setInt(3, seq);
                ps.setString(4, number[0]);
                ps.executeUpdate();
            }
        });
        return number[0];
    }

    private static Integer own(Connection c, LocalDate day, String pattern) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT seq FROM bulletin_number WHERE as_of = ? AND number_pattern = ?")) {
            ps.setDate(1, Date.valueOf(day));
            ps.setString(2, pattern);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : null;
            }
        }
    }

    private static int next(Connection c, String pattern, int first) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT MAX(seq) FROM bulletin_number WHERE number_pattern = ?")) {
            ps.setString(1, pattern);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                int max = rs.getInt(1);
                return rs.wasNull() ? first : Math.max(first, max + 1);
            }
        }
    }
}
