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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inspect.check.FindingStore;
import org.inspect.check.StoredFinding;
import org.inspect.error.BadInputException;
import org.inspect.rectification.Rectification;
import org.inspect.report.Documents;
import org.inspect.report.Lang;
import org.inspect.report.NoticeInput;
import org.inspect.store.Database;
import org.inspect.store.Sql;

/**
 * Issues the rectification notices of a check run: one per county with an open finding, numbered from the
 * configured pattern (continuing after the highest number of that pattern already issued; a re-issue for the same
 * run keeps its numbers), written as PDFs and recorded with their items (schema 5: {@code notice},
 * {@code notice_item} with status OPEN) for the rectification tracking. Item statuses already recorded are kept.
 */
public final class NoticeIssuer {

    /** Status of a notice item when issued. */
    public static final String OPEN = "OPEN";

    private final Database db;

    public NoticeIssuer(Database db) {
        this.db = db;
    }

    /** One issued notice: its record id, county, number, file and the number of findings it lists. */
    public record Issued(long id, String countyCode, String number, Path file, int items) {
    }

    /** The notices issued, in number order, and every file written (the county files, then the combined one). */
    public record Result(List<Issued> notices, List<Path> files) {

        public Result {
            notices = List.copyOf(notices);
            files = List.copyOf(files);
        }
    }

    /** The input of the notices of {@code checkRunId} (open findings, masked unless {@code fullData}). */
    public NoticeInput input(long checkRunId, LocalDate deadline, CampaignSettings settings, boolean fullData) {
        return input(checkRunId, deadline, settings, fullData, openFindings(checkRunId));
    }

    private NoticeInput input(long checkRunId, LocalDate deadline, CampaignSettings settings, boolean fullData,
            List<StoredFinding> open) {
        var run = ReportData.completed(new org.inspect.check.CheckRuns(db), checkRunId);
        if (!deadline.isAfter(settings.campaign().issueDate())) {
            throw new BadInputException("deadline " + deadline + " is not after the issue date "
                    + settings.campaign().issueDate());
        }
        return new NoticeInput(settings.campaign(), settings.noticePattern(), firstNumber(checkRunId, settings),
                deadline, settings.noticeContact(),
                PersonNames.masked(open, PersonNames.of(db, checkRunId, run.snapshotId()), fullData), Set.of(), fullData,
                settings.noticeTableLimit());
    }

    /** Writes the notices into {@code dir} and records them. */
    public Result issue(Documents documents, Lang lang, long checkRunId, LocalDate deadline, CampaignSettings settings,
            boolean fullData, Path dir) {
        List<StoredFinding> open = openFindings(checkRunId);
        NoticeInput in = input(checkRunId, deadline, settings, fullData, open);
        Map<String, String> numbers = Documents.noticeNumbers(in);
        List<Path> files = documents.notices(in, lang, dir);
        Map<String, List<Long>> items = new LinkedHashMap<>();
        open.forEach(sf -> items.computeIfAbsent(sf.finding().countyCode(), k -> new ArrayList<>()).add(sf.id()));
        List<Issued> issued = new ArrayList<>();
        Sql.inTransaction(db, c -> {
            int i = 0;
            int seq = in.firstNumber();
            for (Map.Entry<String, String> e : numbers.entrySet()) {
                Path file = files.get(i++);
                long id = upsert(c, checkRunId, e.getKey(), e.getValue(), settings.noticePattern(), seq++, deadline,
                        file);
                List<Long> findingIds = items.getOrDefault(e.getKey(), List.of());
                addItems(c, id, findingIds);
                issued.add(new Issued(id, e.getKey(), e.getValue(), file, findingIds.size()));
            }
        });
        openItems(checkRunId, open, issued, settings.campaign().issueDate(), deadline);
        return new Result(issued, files);
    }

    /**
     * Opens a rectification item for each problem of the notices (numbered as the notice lists them: by rule, then
     * in the findings' order), unless the problem is already followed by an item of an earlier notice.
     */
    private void openItems(long checkRunId, List<StoredFinding> open, List<Issued> issued, LocalDate issuedOn,
            LocalDate deadline) {
        var run = ReportData.completed(new org.inspect.check.CheckRuns(db), checkRunId);
        List<org.inspect.model.Finding> masked = PersonNames.masked(open, PersonNames.of(db, checkRunId,
                run.snapshotId()), false);
        Map<Long, String> maskedDetail = new java.util.HashMap<>();
        for (int i = 0; i < open.size(); i++) {
            maskedDetail.put(open.get(i).id(), masked.get(i).detail());
        }
        List<Rectification.NewItem> items = new ArrayList<>();
        for (Issued n : issued) {
            List<StoredFinding> ofCounty = new ArrayList<>(open.stream()
                    .filter(sf -> n.countyCode().equals(sf.finding().countyCode())).toList());
            ofCounty.sort(java.util.Comparator.comparingInt(sf -> sf.finding().rule().ordinal()));
            int no = 1;
            for (StoredFinding sf : ofCounty) {
                var f = sf.finding();
                items.add(new Rectification.NewItem(FindingStore.key(f), sf.id(), n.id(), n.number(), no++,
                        n.countyCode(), f.rule().name(), f.householdId(), f.caseId(), f.idNumber(), f.detail(),
                        maskedDetail.get(sf.id()), issuedOn, deadline));
            }
        }
        new Rectification(db, java.time.Clock.systemDefaultZone()).open(items,
                System.getProperty("user.name", "unknown"));
    }

    /** The notices recorded for a check run, in number order. */
    public List<Issued> recorded(long checkRunId) {
        List<Issued> out = new ArrayList<>();
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT n.id, n.county_code, n.number, n.file_name, (SELECT COUNT(*) FROM notice_item i "
                        + "WHERE i.notice_id = n.id) FROM notice n WHERE n.check_run_id = ? ORDER BY n.seq")) {
            ps.setLong(1, checkRunId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Issued(rs.getLong(1), rs.getString(2), rs.getString(3), Path.of(rs.getString(4)),
                            rs.getInt(5)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private List<StoredFinding> openFindings(long checkRunId) {
        return new FindingStore(db).list(new FindingStore.Query(checkRunId, null, null, false));
    }

    /** The run's own first number when re-issued, else the next number after the pattern's highest. */
    int firstNumber(long checkRunId, CampaignSettings settings) {
        try (Connection c = db.connection()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT MIN(seq) FROM notice WHERE check_run_id = ?")) {
                ps.setLong(1, checkRunId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    int own = rs.getInt(1);
                    if (!rs.wasNull()) {
                        return own;
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT MAX(seq) FROM notice WHERE number_pattern = ?")) {
                ps.setString(1, settings.noticePattern());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    int max = rs.getInt(1);
                    return rs.wasNull() ? settings.noticeFirst() : Math.max(settings.noticeFirst(), max + 1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long upsert(Connection c, long runId, String county, String number, String pattern, int seq,
            LocalDate deadline, Path file) throws SQLException {
        String sha = org.inspect.report.Manifest.sha256(file);
        Long existing = null;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM notice WHERE check_run_id = ? AND county_code = ?")) {
            ps.setLong(1, runId);
            ps.setString(2, county);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    existing = rs.getLong(1);
                }
            }
        }
        if (existing != null) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE notice SET number = ?, number_pattern = ?, seq = ?, "
                    + "deadline = ?, issued_at = ?, file_name = ?, file_sha256 = ? WHERE id = ?")) {
                fill(ps, number, pattern, seq, deadline, file, sha);
                ps.setLong(8, existing);
                ps.executeUpdate();
            }
            return existing;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO notice (number, number_pattern, seq, deadline, "
                + "issued_at, file_name, file_sha256, check_run_id, county_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            fill(ps, number, pattern, seq, deadline, file, sha);
            ps.setLong(8, runId);
            ps.setString(9, county);
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong("id"); // PostgreSQL returns every column, HSQLDB the identity
            }
        }
    }

    private static void fill(PreparedStatement ps, String number, String pattern, int seq, LocalDate deadline,
            Path file, String sha) throws SQLException {
        ps.setString(1, number);
        ps.setString(2, pattern);
        ps.setInt(3, seq);
        ps.setDate(4, Date.valueOf(deadline));
        ps.setTimestamp(5, Timestamp.valueOf(LocalDateTime.now()));
        ps.setString(6, file.toAbsolutePath().toString());
        ps.setString(7, sha);
    }

    /** Adds the findings not yet on the notice, as OPEN; items already there keep their status. */
    private static void addItems(Connection c, long noticeId, List<Long> findingIds) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO notice_item (notice_id, finding_id, status) "
                + "SELECT ?, ?, ? FROM (VALUES (0)) AS one (x) WHERE NOT EXISTS (SELECT 1 FROM notice_item "
                + "WHERE notice_id = ? AND finding_id = ?)")) {
            for (long f : findingIds) {
                ps.setLong(1, noticeId);
                ps.setLong(2, f);
                ps.setString(3, OPEN);
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
    public void deleteOfRun(long checkRunId) {
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
