package org.inspect.visits;

import java.time.Clock;
import java.time.LocalDateTime;
import org.inspect.store.Database;

/** Records the home visits of sampled households (the use case behind {@code focus visit}). */
public final class VisitService {

    private final Database database;
    private final Clock clock;

    /** {@code clock} dates the visits (the caller's Context clock). */
    public VisitService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Records the home visit of household {@code household} of sample run {@code run}, which must be sampled; a visit
     * that finds the household eligible confirms (or adds) its MISSED_DIBAO / MISSED_TEKUN finding in the newest check
     * of all households.
     */
    public HomeVisits.Recorded recordVisit(long run, String household, VisitStore.Result result, String by,
            String note) {
        return new HomeVisits(database).record(run, household, result, by, note, LocalDateTime.now(clock));
    }
}
