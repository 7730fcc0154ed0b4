package org.inspect.check.job;

import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import org.inspect.batch.BatchRuntime;
import org.inspect.batch.CountyPartitions;

/** Step {@code check.households}: one partition per county of the snapshot, two at a time. */
public class CheckPartitionMapper implements PartitionMapper {

    @Inject
    JobContext jobContext;

    @Override
    public PartitionPlan mapPartitions() {
        return CountyPartitions.of(CheckParameters.of(BatchRuntime.jobParameters(jobContext)).snapshotId());
    }
}
