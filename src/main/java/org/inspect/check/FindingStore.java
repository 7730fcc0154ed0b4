package org.inspect.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.inspect.check.internal.FindingEntity;
import org.inspect.error.ConflictException;
import org.inspect.error.NotFoundException;
import org.inspect.model.Criterion;
import org.inspect.model.Finding;
import org.inspect.model.Rule;
import org.inspect.model.Severity;
import org.inspect.store.Database;
import org.inspect.store.Jdbc;
import org.inspect.store.Sessions;
import org.inspect.store.Sql;

/**
 * The findings of check runs. Writes are idempotent per subject (household): {@link #replace} deletes the
 * findings a chunk's subjects already have in the run, then inserts the chunk's findings, in one transaction. The
 * check job writes findings in bulk, by plain JDBC batches (measured faster: FindingWriteBenchmark); the field team's
 * verdicts go through entity {@code check/internal/FindingEntity}.
 */
public final class FindingStore {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The columns {@link #read} expects, in its order. */
    private static final String SELECT = "SELECT id, check_run_id, rule, criterion, county_code, household_id, "
            + "case_id, id_number, severity, clause, detail, evidence, verdict, verdict_by, verdict_at, "
            + "verdict_reason FROM finding";

    private final Database db;

    public FindingStore(Database db) {
        this.db = db;
    }

    /**
     * A finding of one subject (a household id, or a poor household id when it matches none), with the names of
     * the people it may mention, stored with it so that its sentence can be masked whatever happens to the rolls.
     */
    public record Subjected(String subject, Finding finding, Collection<String> names) {

        public Subjected(String subject, Finding finding) {
            this(subject, finding, List.of());
        }
    }

    /**
     * Replaces the findings of {@code subjects} in the run by {@code findings}; {@code subjects} may be empty when
     * none of them can have findings yet (a first execution writes each subject once).
     */
    public void replace(long runId, Collection<String> subjects, List<Subjected> findings) {
        Sql.inTransaction(db, c -> {
            try (PreparedStatement del = c.prepareStatement(
                    "DELETE FROM finding WHERE check_run_id = ? AND subject = ?");
                    PreparedStatement ins = c.prepareStatement("INSERT INTO finding (check_run_id, finding_key, "
                            + "subject, rule, criterion, county_code, household_id, case_id, id_number, severity, "
                            + "clause, detail, evidence, person_names) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (String s : subjects) {
                    del.setLong(1, runId);
                    del.setString(2, s);
                    del.addBatch();
                }
                if (!subjects.isEmpty()) {
                    del.executeBatch();
                }
                for (Subjected sf : findings) {
                    Finding f = sf.finding();
                    ins.setLong(1, runId);
                    ins.setString(2, key(f));
                    ins.setString(3, sf.subject());
                    ins.setString(4, f.rule().name());
                    ins.setString(5, f.criterion() == null ? null : f.criterion().name());
                    ins.setString(6, f.countyCode());
                    ins.setString(7, f.householdId());
                    ins.setString(8, f.caseId());
                    ins.setString(9, f.idNumber());
                    ins.setString(10, f.severity().name());
                    ins.setString(11, f.clause());
                    ins.setString(12, truncate(f.detail(), 4000));
                    ins.setString(13, truncate(json(f.evidence()), 16000));
                    ins.setString(14, names(sf.names()));
                    ins.addBatch();
                }
                if (!findings.isEmpty()) {
                    ins.executeBatch();
                }
            }
        });
    }

    private static String names(Collection<String> names) {
        StringBuilder sb = new StringBuilder();
        for (String n : new java.util.TreeSet<>(names)) {
            if (n == null || n.isEmpty() || sb.length() + n.length() + 1 > 4000) {
                continue;
            }
            sb.append(sb.length() == 0 ? "" : "\n").append(n);
        }
        return sb.toString();
    }

    /** Finding id → the names stored with it (findings written before schema 7 have none). */
    public Map<Long, java.util.Set<String>> names(long runId) {
        Map<Long, java.util.Set<String>> out = new java.util.HashMap<>();
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT id, person_names FROM finding WHERE check_run_id = ? AND person_names IS NOT NULL")) {
            ps.setLong(1, runId);
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!rs.getString(2).isEmpty()) {
                        out.put(rs.getLong(1), new java.util.HashSet<>(List.of(rs.getString(2).split("\n"))));
                    }
                }
            }
        } catch (SQLException e) {
            throw Jdbc.translate(e);
        }
        return out;
    }

    /** The names the rows of a snapshot give the people of each finding of a run: which tables, how joined. */
    private static final List<String> SNAPSHOT_NAMES = List.of(
            "SELECT f.id, m.name FROM finding f JOIN member m ON m.snapshot_id = ? AND m.household_id = f.household_id "
                    + "WHERE f.check_run_id = ?",
            "SELECT f.id, o.obligor_name FROM finding f JOIN obligor o ON o.snapshot_id = ? "
                    + "AND o.household_id = f.household_id WHERE f.check_run_id = ?",
            "SELECT f.id, r.name FROM finding f JOIN registered_poor r ON r.snapshot_id = ? "
                    + "AND r.poor_household_id = f.subject WHERE f.check_run_id = ?",
            "SELECT f.id, r.name FROM finding f JOIN registered_poor r ON r.snapshot_id = ? "
                    + "AND r.id_number = f.id_number WHERE f.check_run_id = ?",
            "SELECT f.id, m.name FROM finding f JOIN member m ON m.snapshot_id = ? AND m.id_number = f.id_number "
                    + "WHERE f.check_run_id = ?");

    /**
     * Streams (finding id, name) for the people snapshot {@code snapshotId} still gives each finding of run
     * {@code runId} (members and obligors of its household, the registered poor of its poor household or identity
     * number): the names of findings written before schema 7, which stored none. A pair may come more than once.
     */
    public void forEachSnapshotName(long runId, long snapshotId, java.util.function.BiConsumer<Long, String> sink) {
        try (Connection c = db.connection()) {
            for (String sql : SNAPSHOT_NAMES) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setLong(1, snapshotId);
                    ps.setLong(2, runId);
                    ps.setFetchSize(2000);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            sink.accept(rs.getLong(1), rs.getString(2));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw org.inspect.store.Jdbc.translate(e, "reading the names of a check run's people");
        }
    }

    /** The key that makes a finding unique within a run (rules.md section 6: one finding per key). */
    public static String key(Finding f) {
        String key = f.rule() + "|" + (f.criterion() == null ? "" : f.criterion()) + "|" + nz(f.householdId()) + "|"
                + nz(f.caseId()) + "|" + nz(f.idNumber());
        // a county-level finding (NO_TEMPORARY_DRIVE) is about no household: its county makes it unique
        return f.householdId() == null ? key + "|" + nz(f.countyCode()) : key;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static String json(Map<String, String> evidence) {
        try {
            return evidence == null ? null : JSON.writeValueAsString(evidence);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> evidence(String json) {
        if (json == null) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A filter of a run's findings; null fields match everything. */
    public record Query(long runId, Rule rule, String countyCode, boolean includeDismissed) {
    }

    /** Streams the matching findings ordered by county, rule, household, case, person. */
    public void forEach(Query q, Consumer<StoredFinding> sink) {
        StringBuilder sql = new StringBuilder(SELECT + " WHERE check_run_id = ?");
        List<Object> args = new ArrayList<>(List.of(q.runId()));
        if (q.rule() != null) {
            sql.append(" AND rule = ?");
            args.add(q.rule().name());
        }
        if (q.countyCode() != null) {
            sql.append(" AND county_code = ?");
            args.add(q.countyCode());
        }
        if (!q.includeDismissed()) {
            sql.append(" AND (verdict IS NULL OR verdict <> 'DISMISSED')");
        }
        sql.append(" ORDER BY county_code NULLS FIRST, rule, household_id NULLS FIRST, case_id NULLS FIRST, "
                + "id_number NULLS FIRST, criterion NULLS FIRST");
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(read(rs));
                }
            }
        } catch (SQLException e) {
            throw Jdbc.translate(e);
        }
    }

    /** All matching findings in a list (a run's findings are thousands, not millions). */
    public List<StoredFinding> list(Query q) {
        List<StoredFinding> out = new ArrayList<>();
        forEach(q, out::add);
        return out;
    }

    private static StoredFinding read(ResultSet rs) throws SQLException {
        String criterion = rs.getString(4);
        Finding f = new Finding(Rule.valueOf(rs.getString(3)), criterion == null ? null : Criterion.valueOf(criterion),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                Severity.valueOf(rs.getString(9)), rs.getString(10), rs.getString(11), evidence(rs.getString(12)));
        Timestamp at = rs.getTimestamp(15);
        return new StoredFinding(rs.getLong(1), rs.getLong(2), f, rs.getString(13), rs.getString(14),
                at == null ? null : at.toLocalDateTime(), rs.getString(16));
    }

    /** One finding by id. */
    public StoredFinding get(long id) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                SELECT + " WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new NotFoundException("no finding " + id).localized("error.noFinding", id);
                }
                return read(rs);
            }
        } catch (SQLException e) {
            throw Jdbc.translate(e);
        }
    }

    /**
     * Records the field team's verdict. A verdict can be changed (confirm after dismiss) but the reason is
     * required for a dismissal; the finding itself is never deleted. The verdict is about the problem, not about
     * one run's row: the findings of the same key in later check runs take it too. Returns how many findings of
     * later runs took it.
     */
    public int verdict(long id, String verdict, String by, String reason, LocalDateTime at) {
        if (StoredFinding.DISMISSED.equals(verdict) && (reason == null || reason.isBlank())) {
            throw new ConflictException("a dismissal needs a reason").localized("error.dismissReason");
        }
        StoredFinding f = get(id);
        String key = key(f.finding());
        // to the second, as the chain hashes it (a database could round a finer time across a second)
        LocalDateTime second = at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        VerdictAttestation attestation = VerdictAttestation.find();
        return Sessions.fromTransaction(db, s -> {
            // the verdict is attested by the rectification chain (taken first, before any row changes), so that a
            // verdict changed behind the toolkit's back shows in the audit
            attestation.attest(s, db, id, key, verdict, by, second, reason);
            FindingEntity row = s.find(FindingEntity.class, id);
            row.verdict = verdict;
            row.verdictBy = by;
            row.verdictAt = second;
            row.verdictReason = reason;
            return s.createMutationQuery("update FindingEntity f set f.verdict = :verdict, f.verdictBy = :by, "
                    + "f.verdictAt = :at, f.verdictReason = :reason where f.findingKey = :key and f.checkRunId > :run")
                    .setParameter("verdict", verdict).setParameter("by", by).setParameter("at", second)
                    .setParameter("reason", reason).setParameter("key", key).setParameter("run", f.runId())
                    .executeUpdate();
        });
    }

    /** A finding's verdict as stored. */
    public record Verdict(long findingId, String findingKey, String verdict, String by, LocalDateTime at,
            String reason) {
    }

    /** Every finding with a verdict, for the rectification audit to compare with the chain's VERDICT events. */
    public void forEachVerdict(java.util.function.Consumer<Verdict> sink) {
        Sessions.fromStatelessTransaction(db, s -> {
            try (var rows = s.createSelectionQuery("select f.id, f.findingKey, f.verdict, f.verdictBy, f.verdictAt, "
                    + "f.verdictReason from FindingEntity f where f.verdict is not null order by f.id", Object[].class)
                    .setFetchSize(1000).getResultStream()) {
                rows.forEach(r -> sink.accept(new Verdict((Long) r[0], (String) r[1], (String) r[2],
                        (String) r[3], (LocalDateTime) r[4], (String) r[5])));
            }
            return null;
        });
    }

    /**
     * Carries over to run {@code runId} the verdicts given to the same problems (finding keys) in earlier runs: a
     * finding of the run without a verdict of its own takes the latest one given to its key. Called when a check
     * run completes, so that a problem confirmed or dismissed once is not presented as new again. Returns how
     * many findings took a verdict.
     */
    public int carryOver(long runId) {
        return Sessions.fromTransaction(db, s -> {
            // verdicts are given by hand, so they are few: read them all, the latest per key last
            Map<String, FindingEntity> latest = new java.util.HashMap<>();
            s.createSelectionQuery("from FindingEntity f where f.checkRunId < :run and f.verdict is not null "
                    + "order by f.verdictAt, f.id", FindingEntity.class).setParameter("run", runId)
                    .setReadOnly(true).getResultList().forEach(f -> latest.put(f.findingKey, f));
            int n = 0;
            for (Map.Entry<String, FindingEntity> e : latest.entrySet()) {
                FindingEntity v = e.getValue();
                n += s.createMutationQuery("update FindingEntity f set f.verdict = :verdict, f.verdictBy = :by, "
                        + "f.verdictAt = :at, f.verdictReason = :reason where f.checkRunId = :run "
                        + "and f.findingKey = :key and f.verdict is null").setParameter("verdict", v.verdict)
                        .setParameter("by", v.verdictBy).setParameter("at", v.verdictAt)
                        .setParameter("reason", v.verdictReason).setParameter("run", runId)
                        .setParameter("key", e.getKey()).executeUpdate();
            }
            return n;
        });
    }

    /** Counts of open findings by county and rule. */
    public Map<String, Map<Rule, Long>> countsByCountyAndRule(long runId) {
        Map<String, Map<Rule, Long>> out = new java.util.TreeMap<>();
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT county_code, rule, COUNT(*) FROM finding WHERE check_run_id = ? "
                        + "AND (verdict IS NULL OR verdict <> 'DISMISSED') GROUP BY county_code, rule")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new java.util.EnumMap<>(Rule.class))
                            .put(Rule.valueOf(rs.getString(2)), rs.getLong(3));
                }
            }
        } catch (SQLException e) {
            throw Jdbc.translate(e);
        }
        return out;
    }
}
