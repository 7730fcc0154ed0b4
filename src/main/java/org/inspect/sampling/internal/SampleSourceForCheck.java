package org.inspect.sampling.internal;

import java.util.Set;
import org.inspect.check.SampleSource;
import org.inspect.sampling.SampleRunStore;
import org.inspect.store.Database;

/**
 * The sample runs' cases and households for a check restricted to a sample, from {@link SampleRunStore}. Public only
 * because {@link java.util.ServiceLoader} instantiates it.
 */
// public for ServiceLoader, which instantiates the providers listed in META-INF/services
public final class SampleSourceForCheck implements SampleSource {

    @Override
    public void requireCompletedCaseSample(Database db, long runId) {
        new SampleRunStore(db).completedCaseSample(runId);
    }

    @Override
    public Set<String> households(Database db, long runId, String countyCode) {
        return new SampleRunStore(db).sampledHouseholds(runId, countyCode);
    }

    @Override
    public Set<String> households(Database db, long runId) {
        return new SampleRunStore(db).sampledHouseholds(runId);
    }

    @Override
    public Set<String> cases(Database db, long runId) {
        return new SampleRunStore(db).sampledCases(runId);
    }
}
