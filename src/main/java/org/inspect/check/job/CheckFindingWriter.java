package org.inspect.check.job;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.inspect.batch.JobServices;
import org.inspect.check.CheckedHousehold;
import org.inspect.check.FindingStore;
import org.inspect.check.ReasonReviewStore;

/** Replaces the findings of the chunk's households in the run: a replayed chunk leaves the same rows. */
public class CheckFindingWriter extends AbstractItemWriter {

    private final JobServices services;

    public CheckFindingWriter(JobServices services) {
        this.services = services;
    }

    @Inject
    JobContext jobContext;

    @Override
    public void writeItems(List<Object> items) {
        long runId = CheckParameters.of(services.jobParameters(jobContext)).runId();
        List<String> subjects = new ArrayList<>(items.size());
        List<FindingStore.Subjected> findings = new ArrayList<>();
        List<ReasonReviewStore.Row> toRead = new ArrayList<>();
        for (Object o : items) {
            CheckedHousehold h = (CheckedHousehold) o;
            subjects.add(h.householdId());
            h.findings().forEach(f -> findings.add(new FindingStore.Subjected(h.householdId(), f, h.names())));
            h.toRead().forEach(r -> toRead.add(new ReasonReviewStore.Row(h.householdId(), r.caseId(), h.countyCode(),
                    r.reason(), String.join("；", r.notes()))));
        }
        new FindingStore(services.database()).replace(runId, subjects, findings);
        new ReasonReviewStore(services.database()).replace(runId, subjects, toRead);
    }
}
