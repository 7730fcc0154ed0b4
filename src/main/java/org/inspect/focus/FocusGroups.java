package org.inspect.focus;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.inspect.store.Database;
import org.inspect.store.RollReader;

/**
 * The focus groups of a snapshot (use case of {@code inspect focus}, the household frame of a sample and the
 * report): streams the roll county by county, one page of households at a time, and hands out the households
 * in a group, in county then household-id order. Never holds the roll.
 */
public final class FocusGroups {

    private final Database db;

    public FocusGroups(Database db) {
        this.db = db;
    }

    /** Every focus household of the snapshot (of {@code county} only when not null), in county, household order. */
    public void forEach(long snapshotId, String county, LocalDate asOf, Consumer<FocusHousehold> sink) {
        RollReader roll = new RollReader(db, snapshotId);
        FocusClassifier classifier = new FocusClassifier(roll.standards(), asOf);
        List<String> counties = county == null ? roll.counties() : List.of(county);
        for (String c : counties) {
            try (RollReader.HouseholdCursor cursor = roll.openHouseholds(c, null)) {
                while (cursor.hasNext()) {
                    classifier.classify(cursor.next()).ifPresent(sink);
                }
            }
        }
    }

    /** Per county (every county of the snapshot), the size of each group and the distinct households in any. */
    public Map<String, Sizes> sizes(long snapshotId, LocalDate asOf) {
        Map<String, Sizes> out = new TreeMap<>();
        new RollReader(db, snapshotId).counties().forEach(c -> out.put(c, new Sizes()));
        forEach(snapshotId, null, asOf, h -> out.computeIfAbsent(h.countyCode(), k -> new Sizes()).add(h));
        return out;
    }

    /** A county's group sizes; a household in several groups counts in each and once in {@link #households}. */
    public static final class Sizes {
        private final Map<FocusGroup, Integer> byGroup = new EnumMap<>(FocusGroup.class);
        private int households;

        void add(FocusHousehold h) {
            h.groups().forEach(g -> byGroup.merge(g, 1, Integer::sum));
            households++;
        }

        public int of(FocusGroup g) {
            return byGroup.getOrDefault(g, 0);
        }

        public int households() {
            return households;
        }
    }
}
