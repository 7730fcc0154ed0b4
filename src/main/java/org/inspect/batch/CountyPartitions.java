package org.inspect.batch;

import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.inspect.store.RollReader;

/**
 * The partition plan of a step over a snapshot's households: one partition per county, largest first, as many at
 * a time as {@link PartitionThreads} gives the database.
 */
public final class CountyPartitions {

    /** The partition property that names the county. */
    public static final String COUNTY = "county";

    private CountyPartitions() {
    }

    public static PartitionPlan of(org.inspect.store.Database database, long snapshotId) {
        RollReader rolls = new RollReader(database, snapshotId);
        // Largest county first: the threads take the partitions in plan order, so the big counties start at once
        // and the small ones fill in at the end, and no thread idles while another finishes a big county alone. The order is the same on restart (the snapshot does not change), as JBeret needs.
        Map<String, Long> sizes = rolls.countyHouseholds();
        List<String> counties = new ArrayList<>(sizes.keySet());
        counties.sort(Comparator.comparingLong((String c) -> sizes.get(c)).reversed()
                .thenComparing(Comparator.naturalOrder()));
        Properties[] props = new Properties[counties.size()];
        for (int i = 0; i < props.length; i++) {
            props[i] = new Properties();
            props[i].setProperty(COUNTY, counties.get(i));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(props.length);
        plan.setThreads(PartitionThreads.of(database.kind(), props.length));
        plan.setPartitionProperties(props);
        return plan;
    }
}
