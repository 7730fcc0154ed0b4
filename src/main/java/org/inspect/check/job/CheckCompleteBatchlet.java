package org.inspect.check.job;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import org.inspect.batch.JobServices;
import org.inspect.check.CheckCompletion;
import org.inspect.check.CheckRunStore;
import org.inspect.check.SampleScope;
import org.inspect.store.Snapshots;

/**
 * Step {@code check.complete}: brings the home visits of the snapshot's household samples into a check of all
 * households (their confirmed MISSED_DIBAO / MISSED_TEKUN), records how many households and cases the run covered
 * and marks it COMPLETED.
 */
// public for JBeret: batch/Artifacts builds the artifacts the job XMLs name, by class name, through reflection
public class CheckCompleteBatchlet extends AbstractBatchlet {

    private final JobServices services;

    public CheckCompleteBatchlet(JobServices services) {
        this.services = services;
    }

    @Inject
    JobContext jobContext;

    @Override
    public String process() {
        CheckParameters p = CheckParameters.of(services.jobParameters(jobContext));
        long households;
        long cases;
        if (p.sampleRunId() != null) {
            SampleScope scope = new SampleScope(services.database(), p.sampleRunId());
            households = scope.householdCount();
            cases = scope.cases().size();
        } else {
            var counts = new Snapshots(services.database()).rowCounts(p.snapshotId());
            households = counts.get("household");
            cases = counts.get("assistance_case");
            // home visits recorded before this check confirm their findings in it (issue 15)
            for (CheckCompletion c : CheckCompletion.all()) {
                c.completed(services.database(), p.runId(), p.snapshotId());
            }
        }
        // a problem confirmed or dismissed in an earlier run keeps its verdict (issue 11: a finding keeps its identity)
        new org.inspect.check.FindingStore(services.database()).carryOver(p.runId());
        new CheckRunStore(services.database()).complete(p.runId(), households, cases);
        return "COMPLETED";
    }
}
