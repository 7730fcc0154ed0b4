package org.inspect.compare;

import java.util.List;

/** A registered poor household none of whose members' identity numbers is in any civil-affairs household. */
public record UnmatchedPoor(String poorHouseholdId, String countyCode, boolean notLifted, List<String> memberIds,
        List<String> memberNames) {

    public UnmatchedPoor {
        memberIds = List.copyOf(memberIds);
        memberNames = List.copyOf(memberNames);
    }
}
