package org.inspect.report.data;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.inspect.store.Database;
import org.inspect.store.Sql;

/**
 * The numbers of one kind of document given so far, one table per kind: a document takes the next running number of
 * its configured pattern the first time it is written and keeps it afterwards. A check run's report (schema 15,
 * {@code report_number}): so the fifth check of a campaign does not print 〔2019〕5号 when it is the campaign's second
 * report; a day's bulletin (schema 22, {@code bulletin_number}).
 *
 * @param <K> what a number is given to: a check run's id, a bulletin's day
 */
public final class NumberStore<K> {

    /** A running number as the document prints it, under the settings' pattern. */
    @FunctionalInterface
    private interface Format {
        String number(CampaignSettings settings, int seq);
    }

    private final Database db;
    private final String table;
    private final String keyColumn;
    private final Function<K, Object> jdbcKey;
    private final Function<CampaignSettings, String> pattern;
    private final ToIntFunction<CampaignSettings> first;
    private final Format format;

    private NumberStore(Database db, String table, String keyColumn, Function<K, Object> jdbcKey,
            Function<CampaignSettings, String> pattern, ToIntFunction<CampaignSettings> first, Format format) {
        this.db = db;
        this.table = table;
        this.keyColumn = keyColumn;
        this.jdbcKey = jdbcKey;
        this.pattern = pattern;
        this.first = first;
        this.format = format;
    }

    /** The check runs' report numbers: {@code report.number} from {@code report.first}. */
    static NumberStore<Long> reports(Database db) {
        return new NumberStore<>(db, "report_number", "check_run_id", id -> id, CampaignSettings::reportPattern,
                CampaignSettings::reportFirst, CampaignSettings::reportNumber);
    }

    /** The days' bulletin numbers: {@code bulletin.number} from {@code bulletin.first}. */
    public static NumberStore<LocalDate> bulletins(Database db) {
        return new NumberStore<>(db, "bulletin_number", "as_of", Date::valueOf, CampaignSettings::bulletinPattern,
                CampaignSettings::bulletinFirst, CampaignSettings::bulletinNumber);
    }

    /**
     * The number of {@code key} under {@code settings}' pattern: the one it was given, else the next after the
     * pattern's highest (from the configured first when the pattern has none yet), recorded.
     */
    public String numberFor(K key, CampaignSettings settings) {
        String of = pattern.apply(settings);
        String[] number = new String[1];
        Sql.inTransaction(db, c -> {
            Integer own = own(c, key, of);
            if (own != null) {
                number[0] = format.number(settings, own);
                return;
            }
            int seq = next(c, of, first.applyAsInt(settings));
            number[0] = format.number(settings, seq);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (" + keyColumn
                    + ", number_pattern, seq, number, assigned_at) VALUES (?, ?, ?, ?, LOCALTIMESTAMP)")) {
                ps.setObject(1, jdbcKey.apply(key));
                ps.setString(2, of);
                ps.setInt(3, seq);
                ps.setString(4, number[0]);
                ps.executeUpdate();
            }
        });
        return number[0];
    }

    private Integer own(Connection c, K key, String of) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT seq FROM " + table + " WHERE " + keyColumn
                + " = ? AND number_pattern = ?")) {
            ps.setObject(1, jdbcKey.apply(key));
            ps.setString(2, of);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : null;
            }
        }
    }

    private int next(Connection c, String of, int first) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MAX(seq) FROM " + table + " WHERE number_pattern = ?")) {
            ps.setString(1, of);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                int max = rs.getInt(1);
                return rs.wasNull() ? first : Math.max(first, max + 1);
            }
        }
    }
}
