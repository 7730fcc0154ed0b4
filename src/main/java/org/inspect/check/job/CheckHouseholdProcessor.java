package org.inspect.check.job;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.inspect.batch.JobServices;
import org.inspect.check.CheckedHousehold;
import org.inspect.check.HouseholdTally;
import org.inspect.check.SampleScope;
import org.inspect.model.Finding;
import org.inspect.model.HouseholdFile;
import org.inspect.model.Standards;
import org.inspect.rules.Assessment;
import org.inspect.rules.EligibilityEngine;
import org.inspect.rules.ReasonToRead;
import org.inspect.store.RollReader;

/** Applies the eligibility engine to one household; with a sample run, keeps the findings about sampled cases. */
// public for JBeret: batch/Artifacts builds the artifacts the job XMLs name, by class name, through reflection
public class CheckHouseholdProcessor implements ItemProcessor {

    private final JobServices services;

    public CheckHouseholdProcessor(JobServices services) {
        this.services = services;
    }

    @Inject
    JobContext jobContext;

    private EligibilityEngine engine;
    private Set<String> sampledCases;
    /** The counts taken in this pass: a desk check's only (a sample's check reads a few households). */
    private List<HouseholdTally.Counter> counters = List.of();

    @Override
    public Object processItem(Object item) {
        if (engine == null) {
            CheckParameters p = CheckParameters.of(services.jobParameters(jobContext));
            Standards standards = new RollReader(services.database(), p.snapshotId()).standards();
            engine = new EligibilityEngine(standards,
                    CriteriaConfig.ofRun(services.database(), services.settings(), p.runId()), p.asOf());
            if (p.sampleRunId() != null) {
                sampledCases = new SampleScope(services.database(), p.sampleRunId()).cases();
            } else {
                counters = ServiceLoader.load(HouseholdTally.class).stream()
                        .map(t -> t.get().counter(standards, p.asOf())).toList();
            }
        }
        HouseholdFile file = (HouseholdFile) item;
        Assessment assessment = engine.assess(file);
        List<Finding> findings = assessment.findings();
        List<ReasonToRead> toRead = engine.reasonsToRead(file);
        if (sampledCases != null) {
            findings = findings.stream().filter(f -> f.caseId() == null || sampledCases.contains(f.caseId())).toList();
            toRead = toRead.stream().filter(r -> sampledCases.contains(r.caseId())).toList();
        }
        // the names mask the findings' text: a household without findings (most of them) needs none
        Set<String> names = findings.isEmpty() && toRead.isEmpty() ? Set.of() : namesIn(file);
        return new CheckedHousehold(file.household().householdId(), file.household().countyCode(), findings,
                names, toRead, labels(file, assessment));
    }

    private List<String> labels(HouseholdFile file, Assessment assessment) {
        if (counters.isEmpty()) {
            return List.of();
        }
        List<String> labels = new ArrayList<>(4);
        labels.add(HouseholdTally.HOUSEHOLD);
        counters.forEach(c -> c.labels(file, assessment, labels::add));
        return labels;
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
