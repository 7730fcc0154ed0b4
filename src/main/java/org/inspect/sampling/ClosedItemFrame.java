package org.inspect.sampling;

import java.util.function.Consumer;
import org.inspect.rectification.Closure;
import org.inspect.rectification.Item;
import org.inspect.rectification.RectificationStore;
import org.inspect.sampling.internal.FrameHash;

/**
 * The frame of a re-inspection sample (复查抽样, plan frame kind {@code rect_items}): the rectification items CLOSED
 * in the history up to a fixed event, streamed in canonical order of their zero-padded numbers. Each row's hash
 * covers the item's notice, number, county, household, case, rule, when it was closed and what the county said
 * it did (the SHA-256 of its response note and evidence), so that changing any of them afterwards makes
 * {@code verify-sample} fail.
 */
public final class ClosedItemFrame implements FrameSource {

    private final RectificationStore store;
    private final long through;

    public ClosedItemFrame(RectificationStore store, long through) {
        this.store = store;
        this.through = through;
    }

    /** An item's number as a frame row's case id: ten digits, so that string order is number order. */
    public static String ref(long itemId) {
        return String.format("%010d", itemId);
    }

    @Override
    public void forEach(Consumer<FrameCase> consumer) {
        for (Closure c : store.closedThrough(through)) {
            Item i = c.item();
            String response = c.response() == null ? ""
                    : FrameHash.hexOf(nz(c.response().note()) + "\n" + String.join("\n",
                            c.response().evidence().stream().map(e -> e.encoded()).toList()));
            String fields = String.join("\t", ref(i.id()), i.noticeNumber(), Integer.toString(i.itemNo()),
                    i.countyCode(), nz(i.householdId()), nz(i.caseId()), i.rule(), c.closedAt().toString(), response);
            consumer.accept(FrameCase.closedItem(ref(i.id()), i.householdId() == null ? i.countyCode()
                    : i.householdId(), i.countyCode(), fields));
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
