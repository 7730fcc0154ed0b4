package org.inspect.batch;

import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import java.util.List;
import java.util.Properties;
import org.inspect.store.RollReader;

/** The partition plan of a step over a snapshot's households: one partition per county, two at a time. */
public final class CountyPartitions {

    /** The partition property that names the county. */
    public static final String COUNTY = "county";

    private CountyPartitions() {
    }

    public static PartitionPlan of(long snapshotId) {
        List<String> counties = new RollReader(BatchRuntime.database(), snapshotId).counties();
        Properties[] props = new Properties[counties.size()];
        for (int i = 0; i < props.length; i++) {
            props[i] = new Properties();
            props[i].setProperty(COUNTY, counties.get(i));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(props.length);
        plan.setThreads(Math.max(1, Math.min(2, props.length)));
        plan.setPartitionProperties(props);
        return plan;
    }
}
