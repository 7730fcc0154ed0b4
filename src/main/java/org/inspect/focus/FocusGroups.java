package org.inspect.focus;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.inspect.check.CheckRun;
import org.inspect.check.HouseholdTally;
import org.inspect.check.TallyStore;
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

    /** Every focus household of the snapshot in household-id order over all counties (a sample's frame order). */
    public void forEachInIdOrder(long snapshotId, LocalDate asOf, Consumer<FocusHousehold> sink) {
        RollReader roll = new RollReader(db, snapshotId);
        FocusClassifier classifier = new FocusClassifier(roll.standards(), asOf);
        try (RollReader.HouseholdCursor cursor = roll.openHouseholds(null, null)) {
            while (cursor.hasNext()) {
                classifier.classify(cursor.next()).ifPresent(sink);
            }
        }
    }

    /** The focus households among {@code householdIds} (those still in a group), by household id. */
    public Map<String, FocusHousehold> of(long snapshotId, java.util.Set<String> householdIds, LocalDate asOf) {
        RollReader roll = new RollReader(db, snapshotId);
        FocusClassifier classifier = new FocusClassifier(roll.standards(), asOf);
        Map<String, FocusHousehold> out = new TreeMap<>();
        try (RollReader.HouseholdCursor cursor = roll.openHouseholds(null, null, householdIds::contains)) {
            while (cursor.hasNext()) {
                classifier.classify(cursor.next()).ifPresent(h -> out.put(h.householdId(), h));
            }
        }
        return out;
    }

    /** Per county (every county of the snapshot), the size of each group and the distinct households in any. */
    public Map<String, Sizes> sizes(long snapshotId, LocalDate asOf) {
        Map<String, Sizes> out = new TreeMap<>();
        new RollReader(db, snapshotId).counties().forEach(c -> out.put(c, new Sizes()));
        forEach(snapshotId, null, asOf, h -> out.computeIfAbsent(h.countyCode(), k -> new Sizes()).add(h));
        return out;
    }

    /**
     * Per county, the group sizes as of {@code asOf} for the report of check run {@code run}: the counts the run took
     * in its own pass ({@link FocusTally}) when it is a completed desk check as of that date whose counts cover
     * every household of each county; otherwise (a run of an earlier release, a sample's check, another date) a
     * pass of its own over the rolls, as {@link #sizes(long, LocalDate)}.
     */
    public Map<String, Sizes> sizes(CheckRun run, LocalDate asOf) {
        Map<String, Map<String, Long>> counted = counted(run, asOf);
        if (counted == null) {
            return sizes(run.snapshotId(), asOf);
        }
        Map<String, Sizes> out = new TreeMap<>();
        counted.forEach((county, labels) -> out.put(county, Sizes.of(labels)));
        return out;
    }

    /** The run's own counts, when they give the sizes as of {@code asOf} for every household; else null. */
    Map<String, Map<String, Long>> counted(CheckRun run, LocalDate asOf) {
        if (run.sampleRunId() != null || !run.asOf().equals(asOf) || !"COMPLETED".equals(run.status())) {
            return null;
        }
        Map<String, Long> households = new RollReader(db, run.snapshotId()).countyHouseholds();
        Map<String, Map<String, Long>> counted = new TallyStore(db).byCounty(run.id());
        boolean complete = counted.keySet().equals(households.keySet()) && households.entrySet().stream()
                .allMatch(e -> e.getValue().equals(counted.get(e.getKey()).get(HouseholdTally.HOUSEHOLD)));
        return complete ? counted : null;
    }

    /** A county's group sizes; a household in several groups counts in each and once in {@link #households}. */
    public static final class Sizes {
        private final Map<FocusGroup, Integer> byGroup = new EnumMap<>(FocusGroup.class);
        private int households;

        /** The sizes from a check run's counts of one county. */
        static Sizes of(Map<String, Long> labels) {
            Sizes s = new Sizes();
            for (FocusGroup g : FocusGroup.values()) {
                long n = labels.getOrDefault(FocusTally.PREFIX + g.name(), 0L);
                if (n > 0) {
                    s.byGroup.put(g, Math.toIntExact(n));
                }
            }
            s.households = Math.toIntExact(labels.getOrDefault(FocusTally.ANY, 0L));
            return s;
        }

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
