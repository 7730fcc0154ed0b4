package org.inspect.check.job;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.inspect.batch.JobServices;
import org.inspect.check.FindingStore;
import org.inspect.check.UnmatchedRegisteredPoor;
import org.inspect.model.Finding;
import org.inspect.rules.EligibilityEngine;
import org.inspect.store.Database;
import org.inspect.store.RollReader;

/**
 * Step {@code check.unmatched}: registered poor households none of whose members is in any civil-affairs
 * household (rule UNCOVERED_REGISTERED_POOR, clause 二（一）). Desk audits only; idempotent per poor household.
 */
// public for JBeret: batch/Artifacts builds the artifacts the job XMLs name, by class name, through reflection
public class CheckUnmatchedBatchlet extends AbstractBatchlet {

    private final JobServices services;

    public CheckUnmatchedBatchlet(JobServices services) {
        this.services = services;
    }

    @Inject
    JobContext jobContext;

    @Override
    public String process() {
        CheckParameters p = CheckParameters.of(services.jobParameters(jobContext));
        if (p.sampleRunId() != null) {
            return "SKIPPED";
        }
        Database db = services.database();
        EligibilityEngine engine = new EligibilityEngine(new RollReader(db, p.snapshotId()).standards(),
                CriteriaConfig.ofRun(services.database(), services.settings(), p.runId()), p.asOf());
        FindingStore store = new FindingStore(db);
        List<String> subjects = new ArrayList<>();
        List<FindingStore.Subjected> batch = new ArrayList<>();
        UnmatchedRegisteredPoor.forEach(db, p.snapshotId(), (poorHouseholdId, rows) -> {
            subjects.add(poorHouseholdId);
            Finding f = engine.unmatchedRegisteredPoor(poorHouseholdId, rows);
            if (f != null) {
                batch.add(new FindingStore.Subjected(poorHouseholdId, f,
                        rows.stream().map(r -> r.name()).filter(java.util.Objects::nonNull).toList()));
            }
            if (subjects.size() >= 500) {
                store.replace(p.runId(), subjects, batch);
                subjects.clear();
                batch.clear();
            }
        });
        store.replace(p.runId(), subjects, batch);
        return "COMPLETED";
    }
}
