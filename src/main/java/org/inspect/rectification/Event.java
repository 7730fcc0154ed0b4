package org.inspect.rectification;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One event of the history: its place in the whole history ({@code seq}), the item, time, who, the action, the
 * states before and after, an outcome (the county's claimed result, or what the rolls showed), the note, the
 * evidence files by hash, and the hash chain.
 */
public record Event(long seq, long itemId, LocalDateTime at, String actor, Action action, State from, State to,
        Outcome outcome, String note, List<Evidence> evidence, String prevHash, String hash) {

    public Event {
        evidence = List.copyOf(evidence);
    }
}
