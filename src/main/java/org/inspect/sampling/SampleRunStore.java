package org.inspect.sampling;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.inspect.error.ConflictException;
import org.inspect.error.NotFoundException;
import org.inspect.rectification.Item;
import org.inspect.rectification.RectificationStore;
import org.inspect.sampling.internal.SampleRunEntity;
import org.inspect.store.Database;
import org.inspect.store.Jdbc;
import org.inspect.store.RollLookups;
import org.inspect.store.Sessions;

/**
 * Stores sample runs (tables of {@code db/V003__sampling.sql}; the run's row is entity
 * {@code sampling/internal/SampleRunEntity}, the drawn cases and assignments bulk rows written by JDBC): created RUNNING by the command with the plan and
 * seed, filled by the job's draw step in one transaction (delete-then-insert by run id, so a restarted step
 * leaves the same rows), read back for export, checks and verification.
 */
public final class SampleRunStore {

    private final Database db;

    public SampleRunStore(Database db) {
        this.db = db;
    }

    /** Records a run to be drawn and returns its id. */
    public long create(long snapshotId, String label, SamplingPlan plan, long seed, String seedText, int teamSize) {
        SampleRunEntity e = new SampleRunEntity();
        e.snapshotId = snapshotId;
        e.snapshotLabel = label;
        e.planName = plan.name();
        e.plan = plan.toJson();
        e.seed = seed;
        e.seedText = seedText;
        e.teamSize = teamSize;
        e.status = "RUNNING";
        Sessions.inTransaction(db, s -> s.persist(e));
        return e.id;
    }

    /**
     * Stores the draw of a run in one transaction: its sampled cases (with household and county from the
     * snapshot), the assignments and the manifest, replacing whatever an earlier attempt stored.
     */
    public void store(long runId, SampleResult result, Manifest manifest) {
        SampleRun run = get(runId);
        List<DrawnRow> rows = drawnRows(run, result);
        Sessions.inTransaction(db, s -> {
            // the drawn cases and assignments are bulk rows: plain JDBC batches on the session's connection
            s.doWork(c -> {
                deleteDraw(c, runId);
                insertCases(c, runId, rows);
                insertAssignments(c, runId, result.assignments());
            });
            SampleRunEntity e = s.find(SampleRunEntity.class, runId);
            e.status = "COMPLETED";
            e.error = null;
            e.manifest = manifest.toJson();
            e.frameSize = result.frameSize();
            e.sampleSize = result.sampleSize();
            e.completedAt = Timestamp.from(manifest.createdAt()).toLocalDateTime();
        });
    }

    private static void deleteDraw(Connection c, long runId) throws SQLException {
        for (String table : List.of("sample_case", "sample_assignment")) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE sample_run_id = ?")) {
                ps.setLong(1, runId);
                ps.executeUpdate();
            }
        }
    }

    /** One drawn row as stored: the case (a household id in a household frame, an item id in a re-inspection). */
    private record DrawnRow(String caseId, String householdId, String countyCode, String stratumKey) {
    }

    /**
     * The drawn rows with their household and county, asked of the roll's store (cases, households) or of the
     * rectification store (a re-inspection sample's rows are closed items: household, else county, from the item).
     */
    private List<DrawnRow> drawnRows(SampleRun run, SampleResult result) {
        List<DrawnRow> rows = new ArrayList<>();
        if (run.plan().frame().ofItems()) {
            RectificationStore items = new RectificationStore(db);
            for (StratumResult s : result.strata()) {
                for (String ref : s.caseIds()) {
                    Item item;
                    try {
                        item = items.item(Long.parseLong(ref));
                    } catch (NotFoundException e) {
                        throw new ConflictException("the rectification items changed during the draw of sample run "
                                + run.id());
                    }
                    rows.add(new DrawnRow(ref, item.householdId() != null ? item.householdId() : item.countyCode(),
                            item.countyCode(), s.key()));
                }
            }
            return rows;
        }
        List<String> ids = result.strata().stream().flatMap(s -> s.caseIds().stream()).toList();
        RollLookups roll = new RollLookups(db);
        // a household frame's rows are households: their "case id" is the household id
        Map<String, RollLookups.CaseHome> homes = new HashMap<>();
        if (run.plan().frame().ofHouseholds()) {
            roll.households(run.snapshotId(), ids).forEach((id, h) ->
                    homes.put(id, new RollLookups.CaseHome(id, id, h.countyCode())));
        } else {
            homes.putAll(roll.caseHomes(run.snapshotId(), ids));
        }
        for (StratumResult s : result.strata()) {
            for (String caseId : s.caseIds()) {
                RollLookups.CaseHome h = homes.get(caseId);
                if (h != null) {
                    rows.add(new DrawnRow(caseId, h.householdId(), h.countyCode(), s.key()));
                }
            }
        }
        if (rows.size() != ids.size()) {
            throw new ConflictException("snapshot " + run.snapshotLabel() + " changed during the draw of"
                    + " sample run " + run.id() + ": " + ids.size() + " cases sampled, " + rows.size() + " found");
        }
        return rows;
    }

    private static void insertCases(Connection c, long runId, List<DrawnRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sample_case (sample_run_id, case_id, household_id, "
                + "county_code, stratum_key) VALUES (?, ?, ?, ?, ?)")) {
            for (DrawnRow r : rows) {
                ps.setLong(1, runId);
                ps.setString(2, r.caseId());
                ps.setString(3, r.householdId());
                ps.setString(4, r.countyCode());
                ps.setString(5, r.stratumKey());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertAssignments(Connection c, long runId, List<Assignment> assignments)
            throws SQLException {
        boolean any = false;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO sample_assignment (sample_run_id, case_id, seq, inspector_id) VALUES (?, ?, ?, ?)")) {
            for (Assignment a : assignments) {
                for (int seq = 0; seq < a.inspectorIds().size(); seq++) {
                    ps.setLong(1, runId);
                    ps.setString(2, a.caseId());
                    ps.setInt(3, seq + 1);
                    ps.setString(4, a.inspectorIds().get(seq));
                    ps.addBatch();
                    any = true;
                }
            }
            if (any) {
                ps.executeBatch();
            }
        }
    }

    /** Marks a run FAILED with the reason, so the command can say why the plan could not be honoured. */
    public void fail(long runId, String reason) {
        String error = reason.length() > 4000 ? reason.substring(0, 3997) + "..." : reason;
        Sessions.inTransaction(db, s -> s.createMutationQuery("update SampleRunEntity r set r.status = 'FAILED', "
                + "r.error = :error where r.id = :id").setParameter("error", error).setParameter("id", runId)
                .executeUpdate());
    }

    public SampleRun get(long runId) {
        SampleRunEntity e = Sessions.fromTransaction(db, s -> s.find(SampleRunEntity.class, runId));
        if (e == null) {
            throw new NotFoundException("no sample run " + runId + " (see inspect sample show)")
                    .localized("error.noSampleRun", runId);
        }
        return run(e);
    }

    /** A run that has been drawn; a run still RUNNING or FAILED is a conflict naming its state. */
    public SampleRun completed(long runId) {
        SampleRun run = get(runId);
        if (!run.completed()) {
            throw new ConflictException("sample run " + runId + " is " + run.status()
                    + (run.error() == null ? "" : " (" + run.error() + ")") + ": it has no sample");
        }
        return run;
    }

    /**
     * A completed run of cases or households, for a check or a report of its sample; a re-inspection sample holds
     * rectification items, not cases, and is refused (bad input).
     */
    public SampleRun completedCaseSample(long runId) {
        SampleRun run = completed(runId);
        if (run.plan().frame().ofItems()) {
            throw new org.inspect.error.BadInputException("sample run " + runId + " is a re-inspection sample")
                    .localized("sample.recheckNotCases", runId);
        }
        return run;
    }

    /** Every run, newest first. */
    public List<SampleRun> list() {
        return Sessions.fromTransaction(db, s -> s.createSelectionQuery("from SampleRunEntity r order by r.id desc",
                SampleRunEntity.class).getResultList()).stream().map(SampleRunStore::run).toList();
    }

    /** The manifest stored by a completed run. */
    public Manifest manifest(long runId) {
        completed(runId);
        return Manifest.fromJson(storedManifest(runId).orElse(null));
    }

    /**
     * The sampled cases of a run in case-id order, with the household details of snapshot {@code snapshotId}
     * (empty when a case is no longer in it) and the inspectors in seat order.
     */
    public List<SampledCase> cases(long runId, long snapshotId) {
        Map<String, List<String>> teams = teams(runId);
        List<DrawnRow> drawn = drawn(runId);
        RollLookups roll = new RollLookups(db);
        Map<String, RollLookups.Household> households = roll.households(snapshotId,
                drawn.stream().map(DrawnRow::householdId).distinct().toList());
        Map<String, RollLookups.Case> cases = roll.cases(snapshotId, drawn.stream().map(DrawnRow::caseId).toList());
        List<SampledCase> out = new ArrayList<>();
        for (DrawnRow d : drawn) {
            RollLookups.Household h = households.get(d.householdId());
            RollLookups.Case ac = cases.get(d.caseId());
            out.add(new SampledCase(d.caseId(), d.householdId(), d.countyCode(), h == null ? null : h.township(),
                    h == null ? null : h.village(), h == null ? null : h.address(), h == null ? null : h.headName(),
                    h == null ? null : h.headIdNumber(), h == null ? 0 : h.members(), ac == null ? null : ac.program(),
                    ac == null ? null : ac.decision(), ac == null ? null : ac.decisionDate(),
                    ac == null ? null : ac.monthlyBenefitYuan(), d.stratumKey(),
                    teams.getOrDefault(d.caseId(), List.of())));
        }
        return out;
    }

    /** The drawn rows of a run as stored, in case-id order. */
    private List<DrawnRow> drawn(long runId) {
        List<DrawnRow> out = new ArrayList<>();
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("SELECT case_id, household_id, "
                + "county_code, stratum_key FROM sample_case WHERE sample_run_id = ? ORDER BY case_id")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new DrawnRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        } catch (SQLException e) {
            throw Jdbc.translate(e, "reading the sampled cases");
        }
        return out;
    }

    /** The inspectors assigned to each sampled case of a run, by case id, in seat order. */
    public Map<String, List<String>> teams(long runId) {
        Map<String, List<String>> teams = new HashMap<>();
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT case_id, inspector_id FROM sample_assignment WHERE sample_run_id = ? ORDER BY case_id, seq")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    teams.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw Jdbc.translate(e, "reading sample assignments");
        }
        return teams;
    }

    private static SampleRun run(SampleRunEntity e) {
        return new SampleRun(e.id, e.snapshotId, e.snapshotLabel, e.planName, e.plan, e.seed, e.seedText, e.teamSize,
                e.status, e.error, e.frameSize, e.sampleSize, e.createdAt, e.completedAt);
    }

    /**
     * The manifest JSON a run stored, empty when its draw did not finish; a run that does not exist is not found
     * (the documents read a run through this whatever its status, {@link #manifest} insists on a completed one).
     */
    public java.util.Optional<String> storedManifest(long runId) {
        // a CLOB on HSQLDB, TEXT on PostgreSQL: mapped as a long string on both
        java.util.List<String> l = Sessions.fromTransaction(db, s -> s.createSelectionQuery(
                "select r.manifest from SampleRunEntity r where r.id = :id", String.class).setParameter("id", runId)
                .getResultList());
        if (l.isEmpty()) {
            throw new NotFoundException("no sample run " + runId);
        }
        String json = l.get(0);
        return json == null || json.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(json);
    }

    /** A drawn case as stored, without the snapshot's household details. */
    public record DrawnCase(String caseId, String householdId, String countyCode, String stratumKey) {
    }

    /** The cases a run drew, in case-id order, as stored (no join on the snapshot). */
    public List<DrawnCase> drawnCases(long runId) {
        List<DrawnCase> out = new ArrayList<>();
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("SELECT case_id, household_id, "
                + "county_code, stratum_key FROM sample_case WHERE sample_run_id = ? ORDER BY case_id")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new DrawnCase(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        } catch (SQLException e) {
            throw Jdbc.translate(e, "reading the sampled cases");
        }
        return out;
    }

    /** The applicant of a sampled case: name (null when the roll has no member of that number) and number. */
    public record Applicant(String name, String idNumber) {
    }

    /** Case id → the applicant of each of a run's sampled cases that snapshot {@code snapshotId} still has. */
    public Map<String, Applicant> applicants(long runId, long snapshotId) {
        Map<String, Applicant> out = new HashMap<>();
        new RollLookups(db).cases(snapshotId, drawn(runId).stream().map(DrawnRow::caseId).toList())
                .forEach((id, c) -> out.put(id, new Applicant(c.applicantName(), c.applicantIdNumber())));
        return out;
    }

    /** The newest run of a snapshot whose draw finished (has a manifest), if any. */
    public java.util.Optional<Long> latestDrawn(long snapshotId) {
        return Sessions.fromTransaction(db, s -> s.createSelectionQuery("select r.id from SampleRunEntity r "
                + "where r.snapshotId = :snapshot and r.manifest is not null order by r.id desc", Long.class)
                .setParameter("snapshot", snapshotId).setMaxResults(1).getResultList()).stream().findFirst();
    }

    /** The households of a run's sampled cases in a county (a check restricted to the sample reads only these). */
    public Set<String> sampledHouseholds(long runId, String countyCode) {
        return strings("SELECT DISTINCT household_id FROM sample_case WHERE sample_run_id = ? AND county_code = ?",
                runId, countyCode);
    }

    /** The households of a run's sampled cases. */
    public Set<String> sampledHouseholds(long runId) {
        return strings("SELECT DISTINCT household_id FROM sample_case WHERE sample_run_id = ?", runId, null);
    }

    /** The ids of a run's sampled cases. */
    public Set<String> sampledCases(long runId) {
        return strings("SELECT case_id FROM sample_case WHERE sample_run_id = ?", runId, null);
    }

    private Set<String> strings(String sql, long runId, String arg) {
        Set<String> out = new HashSet<>();
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, runId);
            if (arg != null) {
                ps.setString(2, arg);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw Jdbc.translate(e, "reading the sample of run " + runId);
        }
        return out;
    }

    /** Deletes a run with its drawn cases and assignments in one transaction. */
    public void delete(long runId) {
        get(runId);
        Sessions.inTransaction(db, s -> {
            s.doWork(c -> deleteDraw(c, runId));
            s.remove(s.find(SampleRunEntity.class, runId));
        });
    }
}
