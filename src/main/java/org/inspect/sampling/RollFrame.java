package org.inspect.sampling;

import java.util.function.Consumer;

import org.inspect.store.Database;
import org.inspect.store.RollReader;

/**
 * The frame of a snapshot, streamed from the database by {@link RollReader#forEachFrameRow}: every case joined to
 * its household (county, township), ordered by {@code case_id}. Both databases order text by code point (HSQLDB by
 * default, PostgreSQL by the schema's COLLATE "C"), which for the ids of the rolls is Java's
 * {@code String.compareTo}; the sampler still checks the order, so a collation that differed would stop the
 * draw instead of silently changing it. Each pass runs the query afresh: the roll is never held in memory.
 */
public final class RollFrame implements FrameSource {

    private final RollReader roll;

    public RollFrame(Database db, long snapshotId) {
        this.roll = new RollReader(db, snapshotId);
    }

    @Override
    public void forEach(Consumer<FrameCase> consumer) {
        roll.forEachFrameRow(r -> consumer.accept(new FrameCase(r.caseId(), r.householdId(), r.countyCode(),
                r.township(), r.program(), r.decision(), r.decisionDate())));
    }
}
