package org.inspect.compare.job;

import org.inspect.batch.JobServices;
import org.inspect.batch.CountyHouseholdReader;

/** Reads a county's households, with their matched registered-poor rows, for the comparison. */
// public for JBeret: batch/Artifacts builds the artifacts the job XMLs name, by class name, through reflection
public class CompareHouseholdReader extends CountyHouseholdReader {

    public CompareHouseholdReader(JobServices services) {
        super(services);
    }

    @Override
    protected long snapshotId() {
        return CompareParameters.of(services.jobParameters(jobContext)).snapshotId();
    }
}
