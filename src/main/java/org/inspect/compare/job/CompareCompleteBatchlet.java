package org.inspect.compare.job;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import org.inspect.batch.JobServices;
import org.inspect.compare.CompareRunStore;
import org.inspect.compare.CompareStore;
import org.inspect.compare.CountyCoverage;

/** Step {@code compare.complete}: records the run's registered and covered totals and marks it COMPLETED. */
// public for JBeret: batch/Artifacts builds the artifacts the job XMLs name, by class name, through reflection
public class CompareCompleteBatchlet extends AbstractBatchlet {

    private final JobServices services;

    public CompareCompleteBatchlet(JobServices services) {
        this.services = services;
    }

    @Inject
    JobContext jobContext;

    @Override
    public String process() {
        CompareParameters p = CompareParameters.of(services.jobParameters(jobContext));
        long registered = 0;
        long covered = 0;
        for (CountyCoverage c : new CompareStore(services.database()).coverage(p.runId())) {
            registered += c.registered();
            covered += c.covered();
        }
        new CompareRunStore(services.database()).complete(p.runId(), registered, covered);
        return "COMPLETED";
    }
}
