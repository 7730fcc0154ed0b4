package org.inspect.rectification;

import java.time.LocalDateTime;

/**
 * An item CLOSED at a point of the history, for re-inspection (复查): the item as stored, when it was closed
 * (the event that moved it to CLOSED), and the county's last response before that (what it said it did: note,
 * date, evidence), null when it never responded.
 */
public record Closure(Item item, LocalDateTime closedAt, Event response) {
}
