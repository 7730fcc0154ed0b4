package org.inspect.rectification;

import java.util.List;
import org.inspect.context.Actor;
import org.inspect.context.Permission;
import org.inspect.context.Role;
import org.inspect.error.ForbiddenException;

/**
 * Who may move an item (issue 21): the county's officer responds and contests for its own county, the team leader
 * reviews, an inspector or the team leader reconciles, an inspector imports the ledgers the counties send back and withdraws a dismissed
 * finding's item. With four eyes on, the account that recorded the response or contest under review cannot accept
 * or return it, and the account that issued the notice cannot accept its items; the operator of an embedded
 * database without accounts (one person alone) is exempt.
 */
final class Guard {

    private final boolean fourEyes;

    Guard(boolean fourEyes) {
        this.fourEyes = fourEyes;
    }

    boolean fourEyes() {
        return fourEyes;
    }

    /** Refuses unless {@code actor} may apply {@code action} to {@code item} ({@code ledger}: by a ledger import). */
    void check(Actor actor, Item item, Action action, boolean ledger, List<Event> events) {
        switch (action) {
            case ISSUE -> actor.require(Permission.ISSUE);
            case RESPOND, CONTEST -> {
                if (ledger && !actor.can(Permission.RESPOND)) {
                    actor.require(Permission.INSPECT);
                } else {
                    actor.require(Permission.RESPOND, item.countyCode());
                }
            }
            case ACCEPT, RETURN -> {
                actor.require(Permission.REVIEW);
                fourEyes(actor, item, action, events);
            }
            case REOPEN, CONFIRM -> actor.require(Permission.REVIEW);
            case WITHDRAW -> actor.require(Permission.INSPECT);
            // what the rolls show: the inspectors' comparison, or the team leader's before accepting what they confirm
            case RECONCILE -> actor.require(actor.can(Permission.REVIEW) ? Permission.REVIEW : Permission.INSPECT);
        }
    }

    private void fourEyes(Actor actor, Item item, Action action, List<Event> events) {
        if (!fourEyes || actor.role() == Role.OPERATOR) {
            return;
        }
        String answeredBy = null;
        for (Event e : events) {
            if (e.action() == Action.RESPOND || e.action() == Action.CONTEST) {
                answeredBy = e.actor();
            }
        }
        if (actor.name().equals(answeredBy)) {
            throw new ForbiddenException(actor.name() + " recorded item " + item.id() + "'s answer and may not review it")
                    .localized("rect.fourEyes.answer", item.id(), actor.name());
        }
        String issuedBy = events.isEmpty() || events.get(0).action() != Action.ISSUE ? null : events.get(0).actor();
        if (action == Action.ACCEPT && actor.name().equals(issuedBy)) {
            throw new ForbiddenException(actor.name() + " issued item " + item.id() + "'s notice and may not accept it")
                    .localized("rect.fourEyes.issuer", item.id(), actor.name(), item.noticeNumber());
        }
    }
}
