package org.inspect.report.data;

import org.inspect.store.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inspect.check.FindingStore;
import org.inspect.check.StoredFinding;
import org.inspect.model.Finding;
import org.inspect.report.internal.Redactor;
import org.inspect.store.Database;

/**
 * The names of the people a finding is about (members and obligors of its household, the registered poor of
 * its poor household or identity number), so that a finding's detail sentence is printed with those names and
 * any identity number masked (clause 三（三）).
 */
final class PersonNames {

    private PersonNames() {
    }

    /**
     * Finding id → names of people that finding may mention: those stored with the finding when it was written
     * (schema 7), together with those the snapshot's rows still give (findings written before schema 7).
     */
    static Map<Long, Set<String>> of(Database db, long checkRunId, long snapshotId) {
        Map<Long, Set<String>> names = new HashMap<>(new FindingStore(db).names(checkRunId));
        String[] queries = {
            "SELECT f.id, m.name FROM finding f JOIN member m ON m.snapshot_id = ? AND m.household_id = f.household_id "
                    + "WHERE f.check_run_id = ?",
            "SELECT f.id, o.obligor_name FROM finding f JOIN obligor o ON o.snapshot_id = ? "
                    + "AND o.household_id = f.household_id WHERE f.check_run_id = ?",
            "SELECT f.id, r.name FROM finding f JOIN registered_poor r ON r.snapshot_id = ? "
                    + "AND r.poor_household_id = f.subject WHERE f.check_run_id = ?",
            "SELECT f.id, r.name FROM finding f JOIN registered_poor r ON r.snapshot_id = ? "
                    + "AND r.id_number = f.id_number WHERE f.check_run_id = ?",
            "SELECT f.id, m.name FROM finding f JOIN member m ON m.snapshot_id = ? AND m.id_number = f.id_number "
                    + "WHERE f.check_run_id = ?"};
        try (Connection c = db.connection()) {
            for (String sql : queries) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setLong(1, snapshotId);
                    ps.setLong(2, checkRunId);
                    ps.setFetchSize(2000);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            names.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw Jdbc.translate(e);
        }
        return names;
    }

    /** The findings, each with its detail masked against its own people unless {@code fullData}. */
    static List<Finding> masked(List<StoredFinding> findings, Map<Long, Set<String>> names, boolean fullData) {
        if (fullData) {
            return findings.stream().map(StoredFinding::finding).toList();
        }
        return findings.stream().map(sf -> {
            Finding f = sf.finding();
            String detail = new Redactor(false, names.getOrDefault(sf.id(), Set.of())).text(f.detail());
            return new Finding(f.rule(), f.criterion(), f.countyCode(), f.householdId(), f.caseId(), f.idNumber(),
                    f.severity(), f.clause(), detail, f.evidence());
        }).toList();
    }
}
