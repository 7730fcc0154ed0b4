package org.inspect.report.data;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inspect.report.RegisterStore;
import org.inspect.store.Database;
import org.inspect.store.Jdbc;
import org.inspect.store.Sql;

/**
 * The report feature's notices (schema 5: {@code notice}, {@code notice_item}): what {@link NoticeIssuer} records
 * when it issues and reads back. A notice's row is never updated; the writes that go with an issue take the
 * caller's connection, so that they share its transaction with the register.
 */
final class NoticeStore {

    private final Database db;

    NoticeStore(Database db) {
        this.db = db;
    }

    /** A recorded notice as a correction needs it: its id, check run, county and deadline. */
    record Notice(long id, long checkRunId, String countyCode, LocalDate deadline) {
    }

    /** The newest notice numbered {@code number}, if any. */
    Optional<Notice> byNumber(String number) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("SELECT id, check_run_id, "
                + "county_code, deadline FROM notice WHERE number = ? ORDER BY id DESC")) {
            ps.setString(1, number);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Notice(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getDate(4).toLocalDate())) : Optional.empty();
            }
        } catch (SQLException e) {
            throw Jdbc.translate(e, "reading notice " + number);
        }
    }

    /** The ids of the findings a notice lists, in id order. */
    List<Long> findingIds(long noticeId) {
        List<Long> out = new ArrayList<>();
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT finding_id FROM notice_item WHERE notice_id = ? ORDER BY finding_id")) {
            ps.setLong(1, noticeId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw Jdbc.translate(e, "reading the items of a notice");
        }
        return out;
    }

    /** The notices recorded for a check run, in number order, each with the number of its items. */
    List<NoticeIssuer.Issued> ofRun(long checkRunId) {
        List<NoticeIssuer.Issued> out = new ArrayList<>();
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT n.id, n.county_code, n.number, n.file_name, (SELECT COUNT(*) FROM notice_item i "
                        + "WHERE i.notice_id = n.id) FROM notice n WHERE n.check_run_id = ? ORDER BY n.seq")) {
            ps.setLong(1, checkRunId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new NoticeIssuer.Issued(rs.getLong(1), rs.getString(2), rs.getString(3),
                            Path.of(rs.getString(4)), rs.getInt(5)));
                }
            }
        } catch (SQLException e) {
            throw Jdbc.translate(e, "reading the notices of a check run");
        }
        return out;
    }

    /** The highest sequence number issued with a number pattern, empty when none was. */
    Optional<Integer> maxSeq(String pattern) {
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement("SELECT MAX(seq) FROM notice WHERE number_pattern = ?")) {
            ps.setString(1, pattern);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                int max = rs.getInt(1);
                return rs.wasNull() ? Optional.empty() : Optional.of(max);
            }
        } catch (SQLException e) {
            throw Jdbc.translate(e, "reading the notice numbers");
        }
    }

    /** County code → the number of its last notice (of any run), in issue order. */
    Map<String, String> lastNumberByCounty() {
        Map<String, String> out = new HashMap<>();
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT county_code, number FROM notice ORDER BY id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        } catch (SQLException e) {
            throw Jdbc.translate(e, "reading the notice numbers");
        }
        return out;
    }

    /** Records a notice just issued, on the caller's connection, and returns its id. */
    static long insert(Connection c, long runId, String county, String number, String pattern, int seq,
            LocalDate deadline, Path file, RegisterStore.Kind kind, String refersTo) throws SQLException {
        String sha = org.inspect.report.Manifest.sha256(file);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO notice (number, number_pattern, seq, deadline, "
                + "issued_at, file_name, file_sha256, check_run_id, county_code, kind, refers_to) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, number);
            ps.setString(2, pattern);
            ps.setInt(3, seq);
            ps.setDate(4, Date.valueOf(deadline));
            ps.setTimestamp(5, Timestamp.valueOf(LocalDateTime.now()));
            ps.setString(6, file.toAbsolutePath().toString());
            ps.setString(7, sha);
            ps.setLong(8, runId);
            ps.setString(9, county);
            ps.setString(10, kind.name());
            ps.setString(11, refersTo);
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong("id"); // PostgreSQL returns every column, HSQLDB the identity
            }
        }
    }

    /** Adds the findings not yet on the notice with {@code status}, on the caller's connection; others keep theirs. */
    static void addItems(Connection c, long noticeId, List<Long> findingIds, String status) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO notice_item (notice_id, finding_id, status) "
                + "SELECT ?, ?, ? FROM (VALUES (0)) AS one (x) WHERE NOT EXISTS (SELECT 1 FROM notice_item "
                + "WHERE notice_id = ? AND finding_id = ?)")) {
            for (long f : findingIds) {
                ps.setLong(1, noticeId);
                ps.setLong(2, f);
                ps.setString(3, status);
                ps.setLong(4, noticeId);
                ps.setLong(5, f);
                ps.addBatch();
            }
            if (!findingIds.isEmpty()) {
                ps.executeBatch();
            }
        }
    }

    /** Deletes the notices of a check run and their items, in one transaction. */
    void deleteOfRun(long checkRunId) {
        Sql.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM notice_item WHERE notice_id IN (SELECT id FROM notice WHERE check_run_id = ?)")) {
                ps.setLong(1, checkRunId);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM notice WHERE check_run_id = ?")) {
                ps.setLong(1, checkRunId);
                ps.executeUpdate();
            }
        });
    }
}
