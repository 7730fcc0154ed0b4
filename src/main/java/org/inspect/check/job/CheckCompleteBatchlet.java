package org.inspect.check.job;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import org.inspect.batch.BatchRuntime;
import org.inspect.check.CheckRuns;
import org.inspect.check.SampleScope;
import org.inspect.focus.HomeVisits;
import org.inspect.store.Snapshots;

/**
 * Step {@code check.complete}: brings the home visits of the snapshot's household samples into a check of all
 * households (their confirmed MISSED_DIBAO / MISSED_TEKUN), records how many households and cases the run covered
 * and marks it COMPLETED.
 */
public class CheckCompleteBatchlet extends AbstractBatchlet {

    @Inject
    JobContext jobContext;

    @Override
    public String process() {
        CheckParameters p = CheckParameters.of(BatchRuntime.jobParameters(jobContext));
        long households;
        long cases;
        if (p.sampleRunId() != null) {
            SampleScope scope = new SampleScope(BatchRuntime.database(), p.sampleRunId());
            households = scope.householdCount();
            cases = scope.cases().size();
        } else {
            var counts = new Snapshots(BatchRuntime.database()).rowCounts(p.snapshotId());
            households = counts.get("household");
            cases = counts.get("assistance_case");
            // home visits recorded before this check confirm their findings in it (issue 15)
            new HomeVisits(BatchRuntime.database()).carryInto(p.runId(), p.snapshotId());
        }
        new CheckRuns(BatchRuntime.database()).complete(p.runId(), households, cases);
        return "COMPLETED";
    }
}
