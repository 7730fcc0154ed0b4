package org.inspect.importing.job;

import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import org.inspect.batch.JobServices;
import org.inspect.batch.PartitionThreads;
import org.inspect.importing.RollFile;
import org.inspect.importing.RollFolder;

/**
 * Step {@code import.load}: one partition per file of the folder (standards were stored by the validate step),
 * largest file first, as many at a time as {@link PartitionThreads} gives the database (two on PostgreSQL, so both
 * cores work); the partition plan is the same on restart, so JBeret resumes each file from its own checkpoint.
 */
// public for JBeret: batch/Artifacts builds the artifacts the job XMLs name, by class name, through reflection
public class ImportLoadPartitionMapper implements PartitionMapper {

    private final JobServices services;

    public ImportLoadPartitionMapper(JobServices services) {
        this.services = services;
    }

    @Inject
    JobContext jobContext;

    @Override
    public PartitionPlan mapPartitions() {
        ImportParameters params = ImportParameters.of(services.jobParameters(jobContext));
        RollFolder folder = RollFolder.scan(params.dir());
        // Largest file first: the threads take the partitions in this order, so the big files start at once and
        // the small ones fill in at the end (a simple longest-first schedule that keeps both cores busy).
        List<RollFile> files = new ArrayList<>();
        for (RollFile f : RollFile.values()) {
            if (f != RollFile.STANDARDS && folder.file(f).isPresent()) {
                files.add(f);
            }
        }
        files.sort(Comparator.comparingLong((RollFile f) -> size(folder.file(f).orElseThrow())).reversed()
                .thenComparing(Comparator.naturalOrder()));
        List<Properties> parts = new ArrayList<>();
        for (RollFile f : files) {
            Properties p = new Properties();
            p.setProperty("rollFile", f.name());
            parts.add(p);
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(parts.size());
        plan.setThreads(PartitionThreads.of(services.database().kind(), parts.size()));
        plan.setPartitionProperties(parts.toArray(new Properties[0]));
        return plan;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
