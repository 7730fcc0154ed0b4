package org.inspect.compare.job;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.inspect.batch.JobServices;
import org.inspect.compare.Change;
import org.inspect.compare.CompareRun;
import org.inspect.compare.CompareRunStore;
import org.inspect.compare.CompareStore;
import org.inspect.compare.MonthOnMonth;

/** Step {@code compare.changes}: the month-on-month changes against the earlier run, when one was given. */
// public for JBeret: batch/Artifacts builds the artifacts the job XMLs name, by class name, through reflection
public class CompareChangesBatchlet extends AbstractBatchlet {

    private final JobServices services;

    public CompareChangesBatchlet(JobServices services) {
        this.services = services;
    }

    @Inject
    JobContext jobContext;

    @Override
    public String process() {
        CompareParameters p = CompareParameters.of(services.jobParameters(jobContext));
        if (p.againstRunId() == null) {
            return "SKIPPED";
        }
        CompareStore store = new CompareStore(services.database());
        CompareRun earlier = new CompareRunStore(services.database()).get(p.againstRunId());
        List<Change> changes = new ArrayList<>(MonthOnMonth.changes(store.states(earlier.id()), store.states(p.runId())));
        changes.addAll(store.terminatedSince(p.runId(), p.snapshotId(), earlier.snapshotId()));
        store.replaceChanges(p.runId(), changes);
        return "COMPLETED";
    }
}
