package org.inspect.rectification;

import java.time.LocalDate;

/**
 * A rectification item: one problem of one issued notice, its item number on that notice, its deadline and
 * current state. {@code detail} is the finding's sentence, {@code detailMasked} the same with names and identity
 * numbers masked as the notice printed them.
 */
public record Item(long id, String findingKey, long findingId, long noticeId, String noticeNumber, int itemNo,
        String countyCode, String rule, String householdId, String caseId, String idNumber, String detail,
        String detailMasked, LocalDate issuedOn, LocalDate deadline, State state) {

    /** Overdue: the deadline lies before {@code asOf} and the item is still open (derived, never stored). */
    public boolean overdue(LocalDate asOf) {
        return state.open() && deadline.isBefore(asOf);
    }

    /** The item with another state (the store's copy after an event). */
    Item withState(State s) {
        return new Item(id, findingKey, findingId, noticeId, noticeNumber, itemNo, countyCode, rule, householdId,
                caseId, idNumber, detail, detailMasked, issuedOn, deadline, s);
    }
}
