package org.inspect.report.data;

import org.inspect.store.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.inspect.error.BadInputException;
import org.inspect.error.NotFoundException;
import org.inspect.sampling.Manifest;
import org.inspect.sampling.SampleRunStore;
import org.inspect.store.Database;

/**
 * Reads a stored sample run (schema 3: {@code sample_run} with its manifest JSON, {@code sample_case},
 * {@code sample_assignment}, read through {@link SampleRunStore#teams}) for the documents; the only place the report
 * feature touches those tables.
 */
public final class SampleRunReader {

    private final Database db;

    public SampleRunReader(Database db) {
        this.db = db;
    }

    /** A sampled case and the ids of the inspectors assigned to it, in assignment order. */
    public record SampledCase(String caseId, String householdId, String countyCode, String stratumKey,
            List<String> inspectorIds) {

        public SampledCase {
            inspectorIds = List.copyOf(inspectorIds);
        }
    }

    /** A sample run: its snapshot, plan, seed, the manifest of the draw and the sampled cases in case order. */
    public record SampleRun(long id, long snapshotId, String snapshotLabel, String planName, long seed,
            String seedText, Manifest manifest, List<SampledCase> cases) {

        public SampleRun {
            cases = List.copyOf(cases);
        }
    }

    /** The sample run {@code id}; fails when it does not exist or has no manifest. */
    public SampleRun read(long id) {
        try (Connection c = db.connection()) {
            SampleRun head;
            try (PreparedStatement ps = c.prepareStatement("SELECT snapshot_id, snapshot_label, plan_name, seed, "
                    + "seed_text, manifest FROM sample_run WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new NotFoundException("no sample run " + id);
                    }
                    String json = rs.getString(6); // a CLOB on HSQLDB, TEXT on PostgreSQL: read as a string on both
                    if (json == null || json.isBlank()) {
                        throw new BadInputException("sample run " + id + " has no manifest (its draw did not finish)");
                    }
                    head = new SampleRun(id, rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                            rs.getString(5), Manifest.fromJson(json), List.of());
                }
            }
            Map<String, List<String>> inspectors = new SampleRunStore(db).teams(id);
            List<SampledCase> cases = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT case_id, household_id, county_code, stratum_key "
                    + "FROM sample_case WHERE sample_run_id = ? ORDER BY case_id")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        cases.add(new SampledCase(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), inspectors.getOrDefault(rs.getString(1), List.of())));
                    }
                }
            }
            return new SampleRun(head.id(), head.snapshotId(), head.snapshotLabel(), head.planName(), head.seed(),
                    head.seedText(), head.manifest(), cases);
        } catch (SQLException e) {
            throw Jdbc.translate(e);
        }
    }

    /** The newest sample run of a snapshot whose draw finished (has a manifest), if any. */
    public java.util.Optional<Long> latest(long snapshotId) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("SELECT id FROM sample_run "
                + "WHERE snapshot_id = ? AND manifest IS NOT NULL ORDER BY id DESC LIMIT 1")) {
            ps.setLong(1, snapshotId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? java.util.Optional.of(rs.getLong(1)) : java.util.Optional.empty();
            }
        } catch (SQLException e) {
            throw Jdbc.translate(e);
        }
    }
}
