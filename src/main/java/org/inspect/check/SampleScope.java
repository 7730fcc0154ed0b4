package org.inspect.check;

import java.util.Set;
import org.inspect.store.Database;

/** The cases and households of a sample run, for a check restricted to the sample (asked of {@link SampleSource}). */
public final class SampleScope {

    private final SampleSource samples;
    private final Database db;
    private final long sampleRunId;

    public SampleScope(Database db, long sampleRunId) {
        this.samples = SampleSource.find();
        this.db = db;
        this.sampleRunId = sampleRunId;
    }

    /** Households of sampled cases in a county. */
    public Set<String> households(String countyCode) {
        return samples.households(db, sampleRunId, countyCode);
    }

    public Set<String> cases() {
        return samples.cases(db, sampleRunId);
    }

    public long householdCount() {
        return samples.households(db, sampleRunId).size();
    }
}
