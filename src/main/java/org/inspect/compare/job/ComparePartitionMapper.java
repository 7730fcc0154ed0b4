package org.inspect.compare.job;

import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Properties;
import org.inspect.batch.BatchRuntime;
import org.inspect.store.RollReader;

/** Step {@code compare.households}: one partition per county of the snapshot, two at a time. */
public class ComparePartitionMapper implements PartitionMapper {

    @Inject
    JobContext jobContext;

    @Override
    public PartitionPlan mapPartitions() {
        CompareParameters p = CompareParameters.of(BatchRuntime.jobParameters(jobContext));
        List<String> counties = new RollReader(BatchRuntime.database(), p.snapshotId()).counties();
        Properties[] props = new Properties[counties.size()];
        for (int i = 0; i < props.length; i++) {
            props[i] = new Properties();
            props[i].setProperty("county", counties.get(i));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(props.length);
        plan.setThreads(Math.max(1, Math.min(2, props.length)));
        plan.setPartitionProperties(props);
        return plan;
    }
}
