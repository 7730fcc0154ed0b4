package org.inspect.compare.job;

import org.inspect.batch.BatchRuntime;
import org.inspect.batch.CountyHouseholdReader;

/** Reads a county's households, with their matched registered-poor rows, for the comparison. */
public class CompareHouseholdReader extends CountyHouseholdReader {

    @Override
    protected long snapshotId() {
        return CompareParameters.of(BatchRuntime.jobParameters(jobContext)).snapshotId();
    }
}
