package org.inspect.importing.job;

import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.inspect.batch.BatchRuntime;
import org.inspect.importing.RollFile;
import org.inspect.importing.RollFolder;

/**
 * Step {@code import.load}: one partition per file of the folder (standards were stored by the validate step),
 * two at a time so both cores work; the partition plan is the same on restart, so JBeret resumes each file
 * from its own checkpoint.
 */
public class ImportLoadPartitionMapper implements PartitionMapper {

    @Inject
    JobContext jobContext;

    @Override
    public PartitionPlan mapPartitions() {
        ImportParameters params = ImportParameters.of(BatchRuntime.jobParameters(jobContext));
        RollFolder folder = RollFolder.scan(params.dir());
        List<Properties> parts = new ArrayList<>();
        for (RollFile f : RollFile.values()) {
            if (f != RollFile.STANDARDS && folder.file(f).isPresent()) {
                Properties p = new Properties();
                p.setProperty("rollFile", f.name());
                parts.add(p);
            }
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(parts.size());
        plan.setThreads(Math.max(1, Math.min(2, parts.size())));
        plan.setPartitionProperties(parts.toArray(new Properties[0]));
        return plan;
    }
}
