package org.inspect.report.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.inspect.error.BadInputException;
import org.inspect.sampling.Manifest;
import org.inspect.sampling.SampleRunStore;
import org.inspect.store.Database;

/**
 * Reads a stored sample run (schema 3: {@code sample_run} with its manifest JSON, {@code sample_case},
 * {@code sample_assignment}, all read through {@link SampleRunStore}) for the documents, as the report feature
 * wants them.
 */
public final class SampleRunReader {

    private final Database db;

    public SampleRunReader(Database db) {
        this.db = db;
    }

    /** A sampled case and the ids of the inspectors assigned to it, in assignment order. */
    public record SampledCase(String caseId, String householdId, String countyCode, String stratumKey,
            List<String> inspectorIds) {

        public SampledCase {
            inspectorIds = List.copyOf(inspectorIds);
        }
    }

    /** A sample run: its snapshot, plan, seed, the manifest of the draw and the sampled cases in case order. */
    public record SampleRun(long id, long snapshotId, String snapshotLabel, String planName, long seed,
            String seedText, Manifest manifest, List<SampledCase> cases) {

        public SampleRun {
            cases = List.copyOf(cases);
        }
    }

    /** The sample run {@code id}; fails when it does not exist or has no manifest. */
    public SampleRun read(long id) {
        SampleRunStore store = new SampleRunStore(db);
        String json = store.storedManifest(id).orElseThrow(() ->
                new BadInputException("sample run " + id + " has no manifest (its draw did not finish)"));
        org.inspect.sampling.SampleRun head = store.get(id);
        Map<String, List<String>> inspectors = store.teams(id);
        List<SampledCase> cases = new ArrayList<>();
        for (SampleRunStore.DrawnCase d : store.drawnCases(id)) {
            cases.add(new SampledCase(d.caseId(), d.householdId(), d.countyCode(), d.stratumKey(),
                    inspectors.getOrDefault(d.caseId(), List.of())));
        }
        return new SampleRun(id, head.snapshotId(), head.snapshotLabel(), head.planName(), head.seed(),
                head.seedText(), Manifest.fromJson(json), cases);
    }

    /** The newest sample run of a snapshot whose draw finished (has a manifest), if any. */
    public java.util.Optional<Long> latest(long snapshotId) {
        return new SampleRunStore(db).latestDrawn(snapshotId);
    }
}
