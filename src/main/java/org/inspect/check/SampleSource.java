package org.inspect.check;

import java.util.Set;
import org.inspect.store.Database;

/**
 * Where a check restricted to a sample finds the sample's cases and households. The sampling feature implements it
 * (listed in {@code META-INF/services/org.inspect.check.SampleSource}), so the check, which sampling builds on,
 * does not import sampling: the import graph stays without a loop (ArchitectureTest).
 */
public interface SampleSource {

    /** Fails (NotFound / BadInput) unless {@code runId} is a completed sample of cases (not a re-inspection one). */
    void requireCompletedCaseSample(Database db, long runId);

    /** Households of the sampled cases in a county. */
    Set<String> households(Database db, long runId, String countyCode);

    /** Households of all sampled cases. */
    Set<String> households(Database db, long runId);

    /** The sampled case ids. */
    Set<String> cases(Database db, long runId);

    /** The one implementation on the class path. */
    static SampleSource find() {
        return java.util.ServiceLoader.load(SampleSource.class, SampleSource.class.getClassLoader()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + SampleSource.class.getName() + " on the class path"));
    }
}
