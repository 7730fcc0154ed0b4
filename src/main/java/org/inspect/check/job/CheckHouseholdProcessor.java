package org.inspect.check.job;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.inspect.batch.JobServices;
import org.inspect.check.CheckedHousehold;
import org.inspect.check.SampleScope;
import org.inspect.model.Finding;
import org.inspect.model.HouseholdFile;
import org.inspect.rules.EligibilityEngine;
import org.inspect.rules.ReasonToRead;
import org.inspect.store.RollReader;

/** Applies the eligibility engine to one household; with a sample run, keeps the findings about sampled cases. */
public class CheckHouseholdProcessor implements ItemProcessor {

    private final JobServices services;

    public CheckHouseholdProcessor(JobServices services) {
        this.services = services;
    }

    @Inject
    JobContext jobContext;

    private EligibilityEngine engine;
    private Set<String> sampledCases;

    @Override
    public Object processItem(Object item) {
        if (engine == null) {
            CheckParameters p = CheckParameters.of(services.jobParameters(jobContext));
            engine = new EligibilityEngine(new RollReader(services.database(), p.snapshotId()).standards(),
                    CriteriaConfig.ofRun(services.database(), p.runId()), p.asOf());
            if (p.sampleRunId() != null) {
                sampledCases = new SampleScope(services.database(), p.sampleRunId()).cases();
            }
        }
        HouseholdFile file = (HouseholdFile) item;
        List<Finding> findings = engine.assess(file).findings();
        List<ReasonToRead> toRead = engine.reasonsToRead(file);
        if (sampledCases != null) {
            findings = findings.stream().filter(f -> f.caseId() == null || sampledCases.contains(f.caseId())).toList();
            toRead = toRead.stream().filter(r -> sampledCases.contains(r.caseId())).toList();
        }
        return new CheckedHousehold(file.household().householdId(), file.household().countyCode(), findings,
                namesIn(file), toRead);
    }

    /** Everyone a finding about this household may name: members, obligors, registered poor. */
    static Set<String> namesIn(HouseholdFile file) {
        Set<String> names = new java.util.TreeSet<>();
        file.members().forEach(m -> add(names, m.name()));
        file.obligors().forEach(o -> add(names, o.obligorName()));
        file.registeredPoor().forEach(p -> add(names, p.name()));
        return names;
    }

    private static void add(Set<String> names, String name) {
        if (name != null && !name.isEmpty()) {
            names.add(name);
        }
    }
}
