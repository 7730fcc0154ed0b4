package org.inspect.visits.internal;

import org.inspect.check.CheckCompletion;
import org.inspect.store.Database;
import org.inspect.visits.HomeVisits;

/**
 * Home visits recorded before a check of all households confirm their findings in it as it completes. Public only
 * because {@link java.util.ServiceLoader} instantiates it.
 */
// public for ServiceLoader, which instantiates the providers listed in META-INF/services
public final class VisitsIntoCheck implements CheckCompletion {

    @Override
    public void completed(Database db, long checkRunId, long snapshotId) {
        new HomeVisits(db).carryInto(checkRunId, snapshotId);
    }
}
