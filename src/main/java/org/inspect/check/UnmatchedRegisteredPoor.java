package org.inspect.check;

import java.util.List;
import java.util.function.BiConsumer;
import org.inspect.model.RegisteredPoorPerson;
import org.inspect.store.Database;
import org.inspect.store.RollReader;

/** Streams the registered poor households none of whose members is a member of a civil-affairs household. */
public final class UnmatchedRegisteredPoor {

    private UnmatchedRegisteredPoor() {
    }

    /** Calls {@code sink} once per unmatched poor household, in poor-household-id order, with its rows. */
    public static void forEach(Database db, long snapshotId, BiConsumer<String, List<RegisteredPoorPerson>> sink) {
        new RollReader(db, snapshotId).forEachUnmatchedPoorHousehold(sink);
    }
}
