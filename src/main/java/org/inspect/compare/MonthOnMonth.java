package org.inspect.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.inspect.compare.CompareStore.PoorState;

/**
 * What changed between an earlier compare run and this one (clause 三（二） dynamic adjustment): poor households
 * newly uncovered or newly covered, those that left or joined the not-lifted roll, and (supplied by the store,
 * since it reads both snapshots' cases) dibao terminated since the earlier snapshot.
 */
public final class MonthOnMonth {

    private MonthOnMonth() {
    }

    /** The coverage and roll changes from {@code before} to {@code now}, in poor-household-id order per kind. */
    public static List<Change> changes(Map<String, PoorState> before, Map<String, PoorState> now) {
        List<Change> out = new ArrayList<>();
        for (PoorState s : sorted(now)) {
            PoorState b = before.get(s.poorHouseholdId());
            boolean wasRegistered = b != null && b.notLifted();
            if (s.uncovered() && (b == null || !b.uncovered())) {
                out.add(change(Change.Kind.NEWLY_UNCOVERED, s, wasRegistered ? "WAS_COVERED" : "NEWLY_REGISTERED"));
            }
            if (s.covered() && b != null && b.uncovered()) {
                out.add(change(Change.Kind.NEWLY_COVERED, s, ""));
            }
            if (s.notLifted() && !wasRegistered) {
                out.add(change(Change.Kind.JOINED_ROLL, s, b == null ? "NEW" : "WAS_LIFTED"));
            }
        }
        for (PoorState b : sorted(before)) {
            PoorState s = now.get(b.poorHouseholdId());
            if (b.notLifted() && (s == null || !s.notLifted())) {
                out.add(change(Change.Kind.LEFT_ROLL, s == null ? b : s, s == null ? "REMOVED" : "LIFTED"));
            }
        }
        return out;
    }

    private static List<PoorState> sorted(Map<String, PoorState> m) {
        return m.values().stream().sorted(java.util.Comparator.comparing(PoorState::poorHouseholdId)).toList();
    }

    private static Change change(Change.Kind kind, PoorState s, String detail) {
        return new Change(kind, s.poorHouseholdId(), null, s.countyCode(), null, null, detail);
    }
}
