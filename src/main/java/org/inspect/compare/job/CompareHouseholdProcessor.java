package org.inspect.compare.job;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import org.inspect.batch.JobServices;
import org.inspect.compare.HouseholdComparison;
import org.inspect.model.HouseholdFile;
import org.inspect.rules.EligibilityEngine;
import org.inspect.check.job.CriteriaConfig;
import org.inspect.store.RollReader;

/**
 * Compares one household with the registered-poor roll, with the eligibility engine loaded as the check job loads
 * it (the snapshot's standards, the city's exclusion criteria).
 */
// public for JBeret: batch/Artifacts builds the artifacts the job XMLs name, by class name, through reflection
public class CompareHouseholdProcessor implements ItemProcessor {

    private final JobServices services;

    public CompareHouseholdProcessor(JobServices services) {
        this.services = services;
    }

    @Inject
    JobContext jobContext;

    private HouseholdComparison comparison;

    @Override
    public Object processItem(Object item) {
        if (comparison == null) {
            CompareParameters p = CompareParameters.of(services.jobParameters(jobContext));
            comparison = new HouseholdComparison(new EligibilityEngine(
                    new RollReader(services.database(), p.snapshotId()).standards(),
                    CriteriaConfig.load(services.settings()),
                    p.asOf()));
        }
        HouseholdFile file = (HouseholdFile) item;
        return new Compared(file.household().householdId(), comparison.compare(file));
    }

    /** A household id with what it contributes to the run's lists. */
    record Compared(String householdId, HouseholdComparison.Result result) {
    }
}
