package org.inspect.rectification;

import java.util.EnumSet;
import java.util.Set;

/** The state of a rectification item (整改事项), with its Chinese name as printed in tables and ledgers. */
public enum State {
    ISSUED("待整改"),
    RESPONDED("已报送"),
    CONTESTED("申辩"),
    CLOSED("已销号"),
    WITHDRAWN("已撤销"),
    REOPENED("重新整改");

    private final String chinese;

    State(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    /** Whether the item still waits for something (the county or the city): everything but CLOSED and WITHDRAWN. */
    public boolean open() {
        return this != CLOSED && this != WITHDRAWN;
    }

    /** Whether the county is to act: ISSUED, or REOPENED which behaves as ISSUED. */
    public boolean awaitingCounty() {
        return this == ISSUED || this == REOPENED;
    }

    /** The open states. */
    public static Set<State> openStates() {
        return EnumSet.of(ISSUED, RESPONDED, CONTESTED, REOPENED);
    }

    /** A state from its English or Chinese name, or null. */
    public static State parse(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        for (State st : values()) {
            if (st.name().equalsIgnoreCase(t) || st.chinese.equals(t)) {
                return st;
            }
        }
        return null;
    }
}
