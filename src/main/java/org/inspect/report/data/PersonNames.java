package org.inspect.report.data;

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
        FindingStore findings = new FindingStore(db);
        Map<Long, Set<String>> names = new HashMap<>(findings.names(checkRunId));
        findings.forEachSnapshotName(checkRunId, snapshotId,
                (id, name) -> names.computeIfAbsent(id, k -> new HashSet<>()).add(name));
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
