package org.inspect.check.job;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.inspect.batch.JobServices;
import org.inspect.check.CheckedHousehold;
import org.inspect.check.FindingStore;
import org.inspect.check.ReasonReviewStore;
import org.inspect.check.TallyStore;

/** Replaces the findings of the chunk's households in the run: a replayed chunk leaves the same rows. */
// public for JBeret: batch/Artifacts builds the artifacts the job XMLs name, by class name, through reflection
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
        // Only a restarted execution can replay a chunk whose rows are already stored; a first one skips the
        // deletes, which on PostgreSQL were most of the check's time (a delete per household, planned while the
        // run's table was still empty).
        List<String> stored = mayHaveRows() ? subjects : List.of();
        new FindingStore(services.database()).replace(runId, stored, findings);
        new ReasonReviewStore(services.database()).replace(runId, stored, toRead);
        List<TallyStore.Chunk> tallies = tallies(items);
        if (!tallies.isEmpty()) {
            new TallyStore(services.database()).write(runId, tallies, mayHaveRows());
        }
    }

    /** The chunk's counts, per county (a partition's chunk is of one county), keyed by its first household. */
    private static List<TallyStore.Chunk> tallies(List<Object> items) {
        Map<String, Counts> byCounty = new LinkedHashMap<>();
        for (Object o : items) {
            CheckedHousehold h = (CheckedHousehold) o;
            if (!h.labels().isEmpty()) {
                byCounty.computeIfAbsent(h.countyCode(), c -> new Counts(h.householdId())).add(h);
            }
        }
        List<TallyStore.Chunk> chunks = new ArrayList<>(byCounty.size());
        byCounty.forEach((county, c) -> chunks.add(new TallyStore.Chunk(county, c.first, c.last, c.counts)));
        return chunks;
    }

    /** One county's counts in a chunk, from its first household to its last. */
    private static final class Counts {
        private final String first;
        private String last;
        private final Map<String, Integer> counts = new TreeMap<>();

        Counts(String first) {
            this.first = first;
        }

        void add(CheckedHousehold h) {
            last = h.householdId();
            for (String label : h.labels()) {
                counts.merge(label, 1, Integer::sum);
            }
        }
    }

    private Boolean restart;

    /** Whether this execution is a restart (asked once per writer, not per chunk). */
    private boolean mayHaveRows() {
        if (restart == null) {
            restart = services.isRestart(jobContext);
        }
        return restart;
    }
}
