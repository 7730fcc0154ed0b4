package org.inspect.report;

import org.inspect.store.Jdbc;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.inspect.rectification.RectificationStore;
import org.inspect.store.Database;
import org.inspect.store.Sessions;

/**
 * The register of issued documents (schema 13, {@code document_register}): every notice, supplementary or
 * correcting notice, combined print file, annex, report and bulletin, with the SHA-256 of the file as it was
 * written. Append-only: this class inserts and reads, and nothing else in the toolkit touches the table, so a
 * document's first hash stays on record whatever later happens to the file or to the manifest beside it.
 */
public final class RegisterStore {

    /** What a registered document is. */
    public enum Kind {
        NOTICE, SUPPLEMENT, CORRECTION, COMBINED, ANNEX, REPORT, BULLETIN, DISCLOSURE;

        /** Whether the document is a notice a county receives (ordinary, supplementary or correcting). */
        public boolean notice() {
            return this == NOTICE || this == SUPPLEMENT || this == CORRECTION;
        }
    }

    /**
     * A document to register; the null fields do not apply to its kind. {@code content} is where its bytes are now:
     * the file itself, or the staged copy that is moved to {@code file} once the registration commits.
     */
    public record New(Kind kind, String number, String countyCode, Long checkRunId, Long noticeId, String refersTo,
            LocalDate issuedOn, Integer items, Path file, Path content) {

        public New(Kind kind, String number, String countyCode, Long checkRunId, Long noticeId, String refersTo,
                LocalDate issuedOn, Integer items, Path file) {
            this(kind, number, countyCode, checkRunId, noticeId, refersTo, issuedOn, items, file, file);
        }
    }

    /** A registered document. */
    public record Entry(long id, Kind kind, String number, String countyCode, Long checkRunId, Long noticeId,
            String refersTo, LocalDate issuedOn, Integer items, String filePath, String fileName, String sha256,
            LocalDateTime registeredAt) {
    }

    private static final String COLUMNS = "id, kind, number, county_code, check_run_id, notice_id, refers_to, "
            + "issued_on, items, file_path, file_name, sha256, registered_at";

    private final Database db;

    public RegisterStore(Database db) {
        this.db = db;
    }

    /** Registers documents just written, in one transaction of their own, each attested by the chain. */
    public void record(List<New> documents) {
        RectificationStore chain = new RectificationStore(db);
        Sessions.inTransaction(db, s -> chain.joined(s, tx -> {
            for (New n : documents) {
                s.doWork(c -> insert(c, n, tx));
            }
        }));
    }

    /**
     * Registers one document within the caller's transaction (with the records it belongs to), which holds the
     * rectification chain ({@code chain}): an event attests the row ({@link #attestation}), so that a row changed
     * later beside a changed file shows in verify-report.
     */
    public static void insert(Connection c, New n, RectificationStore.Tx chain) throws SQLException {
        String path = n.file().toAbsolutePath().normalize().toString();
        String name = n.file().getFileName().toString();
        String sha256 = Manifest.sha256(n.content());
        long id = insert(c, n, path, name, sha256);
        Entry e = new Entry(id, n.kind(), n.number(), n.countyCode(), n.checkRunId(), n.noticeId(), n.refersTo(),
                n.issuedOn(), n.items(), path, name, sha256, null);
        // dated by the document's own day (the campaign's), never the computer's clock
        chain.attest(ATTESTED, subject(id), attestation(e), n.kind().name(), "inspect", n.issuedOn().atTime(org.inspect.context.Context.OFFICE_HOURS));
    }

    /** The action of the chain's events that attest register rows. */
    public static final String ATTESTED = "REGISTER";

    /** The subject of the chain's event that attests register row {@code id}. */
    public static String subject(long id) {
        return "register:" + id;
    }

    /** The SHA-256 of a register row's fields, as the chain's event keeps it (the registration time left out). */
    public static String attestation(Entry e) {
        return RectificationStore.attestation(e.id(), e.kind().name(), e.number(), e.countyCode(), e.checkRunId(),
                e.noticeId(), e.refersTo(), e.issuedOn(), e.items(), e.filePath(), e.fileName(), e.sha256());
    }

    private static long insert(Connection c, New n, String path, String name, String sha256) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO document_register (kind, number, county_code, "
                + "check_run_id, notice_id, refers_to, issued_on, items, file_path, file_name, sha256, registered_at) "
                // registered_at is the database's moment of writing (an audit fact); the document's date is issued_on
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, LOCALTIMESTAMP)", new String[] {"id"})) {
            ps.setString(1, n.kind().name());
            ps.setString(2, n.number());
            ps.setString(3, n.countyCode());
            ps.setObject(4, n.checkRunId());
            ps.setObject(5, n.noticeId());
            ps.setString(6, n.refersTo());
            ps.setDate(7, Date.valueOf(n.issuedOn()));
            ps.setObject(8, n.items());
            ps.setString(9, path);
            ps.setString(10, name);
            ps.setString(11, sha256);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Every registered document in the order it was registered. */
    public List<Entry> all() {
        return query("ORDER BY id");
    }

    /** The notices (ordinary, supplementary, correcting) in the order they were issued. */
    public List<Entry> notices() {
        return query("WHERE kind IN ('NOTICE', 'SUPPLEMENT', 'CORRECTION') ORDER BY id");
    }

    private List<Entry> query(String where) {
        List<Entry> out = new ArrayList<>();
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM document_register " + where);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Entry(rs.getLong(1), Kind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                        (Long) rs.getObject(5), (Long) rs.getObject(6), rs.getString(7),
                        rs.getDate(8).toLocalDate(), (Integer) rs.getObject(9), rs.getString(10), rs.getString(11),
                        rs.getString(12), rs.getTimestamp(13).toLocalDateTime()));
            }
        } catch (SQLException e) {
            throw Jdbc.translate(e);
        }
        return out;
    }
}
