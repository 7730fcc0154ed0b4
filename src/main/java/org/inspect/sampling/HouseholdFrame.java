package org.inspect.sampling;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.inspect.focus.FocusGroup;
import org.inspect.focus.FocusGroups;
import org.inspect.store.Database;

/**
 * A household frame (plan frame kind {@code households}): the snapshot's focus households of the plan's groups,
 * streamed in household-id order, each once, placed in the first of the plan's groups it belongs to (its
 * stratum). Each pass classifies the roll afresh, one page of households at a time.
 */
public final class HouseholdFrame implements FrameSource {

    private final FocusGroups groups;
    private final long snapshotId;
    private final List<String> planGroups;
    private final LocalDate asOf;

    /** {@code asOf} only dates the engine's ages; the groups do not depend on it. */
    public HouseholdFrame(Database db, long snapshotId, List<String> planGroups, LocalDate asOf) {
        this.groups = new FocusGroups(db);
        this.snapshotId = snapshotId;
        this.planGroups = List.copyOf(planGroups);
        this.asOf = asOf;
    }

    @Override
    public void forEach(Consumer<FrameCase> consumer) {
        groups.forEachInIdOrder(snapshotId, asOf, h -> {
            for (String g : planGroups) {
                if (h.groups().contains(FocusGroup.valueOf(g))) {
                    consumer.accept(FrameCase.household(h.householdId(), h.countyCode(), h.township(), g));
                    return;
                }
            }
        });
    }

    /** The frame a plan draws from: cases ({@link RollFrame}), focus households or closed rectification items. */
    public static FrameSource of(Database db, long snapshotId, SamplingPlan plan) {
        if (plan.frame().ofItems()) {
            return new ClosedItemFrame(new org.inspect.rectification.RectificationStore(db),
                    plan.frame().itemsThrough());
        }
        return plan.frame().ofHouseholds()
                ? new HouseholdFrame(db, snapshotId, plan.frame().groups(), LocalDate.of(2019, 3, 1))
                : new RollFrame(db, snapshotId);
    }
}
