package org.inspect.compare.job;

import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import org.inspect.batch.BatchRuntime;
import org.inspect.batch.CountyPartitions;

/** Step {@code compare.households}: one partition per county of the snapshot, two at a time. */
public class ComparePartitionMapper implements PartitionMapper {

    @Inject
    JobContext jobContext;

    @Override
    public PartitionPlan mapPartitions() {
        return CountyPartitions.of(CompareParameters.of(BatchRuntime.jobParameters(jobContext)).snapshotId());
    }
}
