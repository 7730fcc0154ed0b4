package org.inspect.compare.job;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.inspect.batch.JobServices;
import org.inspect.compare.CompareStore;
import org.inspect.compare.Match;
import org.inspect.compare.Recipient;

/** Replaces the chunk's households' matches and recipient rows in the run: a replayed chunk leaves the same rows. */
// public for JBeret: batch/Artifacts builds the artifacts the job XMLs name, by class name, through reflection
public class CompareHouseholdWriter extends AbstractItemWriter {

    private final JobServices services;

    public CompareHouseholdWriter(JobServices services) {
        this.services = services;
    }

    @Inject
    JobContext jobContext;

    @Override
    public void writeItems(List<Object> items) {
        long runId = CompareParameters.of(services.jobParameters(jobContext)).runId();
        List<String> households = new ArrayList<>(items.size());
        List<Match> matches = new ArrayList<>();
        List<Recipient> recipients = new ArrayList<>();
        for (Object o : items) {
            CompareHouseholdProcessor.Compared c = (CompareHouseholdProcessor.Compared) o;
            if (c.result().matches().isEmpty() && c.result().recipient().isEmpty()) {
                continue;
            }
            households.add(c.householdId());
            matches.addAll(c.result().matches());
            c.result().recipient().ifPresent(recipients::add);
        }
        new CompareStore(services.database()).replaceHouseholds(runId, households, matches, recipients);
    }
}
