package org.inspect.rectification;

import java.util.ArrayList;
import java.util.List;

/**
 * What an event does to an item. The transitions are issue 11's table: respond and contest from ISSUED or
 * REOPENED, accept a response (CLOSED) or a contest (WITHDRAWN), return either to ISSUED, reopen a closed item.
 * Confirm (re-inspection found the fix) and reconcile (what the rolls show) record a fact and keep the state;
 * withdraw follows a dismissed finding from any open state. Issue creates the item.
 */
public enum Action {
    ISSUE, RESPOND, CONTEST, ACCEPT, RETURN, REOPEN, CONFIRM, WITHDRAW, RECONCILE;

    /** The state the action leads to from {@code from}, or null when it does not apply there. */
    public State target(State from) {
        return switch (this) {
            case ISSUE -> from == null ? State.ISSUED : null;
            case RESPOND -> from != null && from.awaitingCounty() ? State.RESPONDED : null;
            case CONTEST -> from != null && from.awaitingCounty() ? State.CONTESTED : null;
            case ACCEPT -> from == State.RESPONDED ? State.CLOSED : from == State.CONTESTED ? State.WITHDRAWN : null;
            case RETURN -> from == State.RESPONDED || from == State.CONTESTED ? State.ISSUED : null;
            case REOPEN -> from == State.CLOSED ? State.REOPENED : null;
            case CONFIRM -> from == State.CLOSED ? State.CLOSED : null;
            case WITHDRAW -> from != null && from.open() ? State.WITHDRAWN : null;
            case RECONCILE -> from == null ? null : from;
        };
    }

    /**
     * The decisions a person may take on an item in {@code state} (what a refusal names; the shell words them as its
     * commands or buttons).
     */
    public static List<Action> applicable(State state) {
        List<Action> out = new ArrayList<>();
        for (Action a : List.of(RESPOND, CONTEST, ACCEPT, RETURN, REOPEN, CONFIRM)) {
            if (a.target(state) != null) {
                out.add(a);
            }
        }
        return out;
    }
}
