package org.inspect.compare.job;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.inspect.batch.JobServices;
import org.inspect.check.UnmatchedRegisteredPoor;
import org.inspect.compare.CompareStore;
import org.inspect.compare.HouseholdComparison;
import org.inspect.compare.UnmatchedPoor;
import org.inspect.model.RegisteredPoorPerson;

/**
 * Step {@code compare.unmatched}: registered poor households none of whose members is in any civil-affairs
 * household, found by the same query as the check job's. Replaces the run's unmatched rows as a whole.
 */
// public for JBeret: batch/Artifacts builds the artifacts the job XMLs name, by class name, through reflection
public class CompareUnmatchedBatchlet extends AbstractBatchlet {

    private final JobServices services;

    public CompareUnmatchedBatchlet(JobServices services) {
        this.services = services;
    }

    @Inject
    JobContext jobContext;

    @Override
    public String process() {
        CompareParameters p = CompareParameters.of(services.jobParameters(jobContext));
        List<UnmatchedPoor> rows = new ArrayList<>();
        UnmatchedRegisteredPoor.forEach(services.database(), p.snapshotId(), (id, people) -> rows.add(
                new UnmatchedPoor(id, people.get(0).countyCode(), HouseholdComparison.notLifted(people),
                        people.stream().map(RegisteredPoorPerson::idNumber).toList(),
                        people.stream().map(RegisteredPoorPerson::name).toList())));
        new CompareStore(services.database()).replaceUnmatched(p.runId(), rows);
        return "COMPLETED";
    }
}
