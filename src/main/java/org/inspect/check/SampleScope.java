package org.inspect.check;

import java.util.Set;
import org.inspect.sampling.SampleRunStore;
import org.inspect.store.Database;

/** The cases and households of a sample run, for a check restricted to the sample (read from its store). */
public final class SampleScope {

    private final SampleRunStore samples;
    private final long sampleRunId;

    public SampleScope(Database db, long sampleRunId) {
        this.samples = new SampleRunStore(db);
        this.sampleRunId = sampleRunId;
    }

    /** Households of sampled cases in a county. */
    public Set<String> households(String countyCode) {
        return samples.sampledHouseholds(sampleRunId, countyCode);
    }

    public Set<String> cases() {
        return samples.sampledCases(sampleRunId);
    }

    public long householdCount() {
        return samples.sampledHouseholds(sampleRunId).size();
    }
}
