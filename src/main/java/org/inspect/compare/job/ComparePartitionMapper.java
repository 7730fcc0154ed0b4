package org.inspect.compare.job;

import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import org.inspect.batch.JobServices;
import org.inspect.batch.CountyPartitions;

/**
 * Step {@code compare.households}: one partition per county of the snapshot, as many at a time as
 * {@link org.inspect.batch.PartitionThreads} gives the database.
 */
// public for JBeret: batch/Artifacts builds the artifacts the job XMLs name, by class name, through reflection
public class ComparePartitionMapper implements PartitionMapper {

    private final JobServices services;

    public ComparePartitionMapper(JobServices services) {
        this.services = services;
    }

    @Inject
    JobContext jobContext;

    @Override
    public PartitionPlan mapPartitions() {
        long snapshotId = CompareParameters.of(services.jobParameters(jobContext)).snapshotId();
        return CountyPartitions.of(services.database(), snapshotId);
    }
}
