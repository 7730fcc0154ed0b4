package org.inspect.check;

import java.util.List;
import java.util.ServiceLoader;
import org.inspect.store.Database;

/**
 * What another feature brings into a check of all households as it completes (the home visits confirm their
 * findings in it, issue 15). Implemented above the check (listed in
 * {@code META-INF/services/org.inspect.check.CheckCompletion}), so the check imports none of them.
 */
public interface CheckCompletion {

    /** Brings this feature's part into check run {@code checkRunId} of {@code snapshotId}: idempotent (restarts). */
    void completed(Database db, long checkRunId, long snapshotId);

    /** Every implementation on the class path, in class-name order. */
    static List<CheckCompletion> all() {
        return ServiceLoader.load(CheckCompletion.class, CheckCompletion.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get)
                .sorted(java.util.Comparator.comparing(c -> c.getClass().getName())).toList();
    }
}
