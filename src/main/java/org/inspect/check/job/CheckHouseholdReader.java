package org.inspect.check.job;

import java.util.Set;
import java.util.function.Predicate;
import org.inspect.batch.JobServices;
import org.inspect.batch.CountyHouseholdReader;
import org.inspect.check.SampleScope;

/** Reads a county's households for the check; with a sample run, only the households of sampled cases. */
// public for JBeret: batch/Artifacts builds the artifacts the job XMLs name, by class name, through reflection
public class CheckHouseholdReader extends CountyHouseholdReader {

    public CheckHouseholdReader(JobServices services) {
        super(services);
    }

    private CheckParameters params;
    private Set<String> sampled;

    @Override
    protected long snapshotId() {
        params = CheckParameters.of(services.jobParameters(jobContext));
        if (params.sampleRunId() != null) {
            sampled = new SampleScope(services.database(), params.sampleRunId()).households(county);
        }
        return params.snapshotId();
    }

    @Override
    protected long expectedCount(long countyTotal) {
        return sampled == null ? countyTotal : sampled.size();
    }

    @Override
    protected Predicate<String> wanted() {
        return sampled == null ? null : sampled::contains;
    }
}
