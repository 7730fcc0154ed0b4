package org.inspect.rectification;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.inspect.check.FindingExport;
import org.inspect.check.FindingService;
import org.inspect.check.FindingStore;
import org.inspect.check.StoredFinding;
import org.inspect.context.Actor;
import org.inspect.context.Permission;
import org.inspect.export.SheetWriter;
import org.inspect.store.Database;

/**
 * The findings of a check run with their rectification item: a problem has one item, whichever check run found it
 * (issue 11), so a later run's finding shows the item an earlier run's notice opened. Here rather than in the check,
 * which rectification builds on.
 */
public final class FindingListing {

    private final Database database;

    public FindingListing(Database database) {
        this.database = database;
    }

    /** A finding as listed: with the names it may mention and its rectification item (null: none). */
    @FunctionalInterface
    public interface Listing {
        void accept(StoredFinding finding, Set<String> names, Item item);
    }

    /** Each finding the query selects with its names (empty with {@code fullData}) and its item. */
    public void forEach(FindingStore.Query q, boolean fullData, Listing sink) {
        Map<String, Item> items = new RectificationStore(database).itemsByKey();
        new FindingService(database).forEach(q, fullData,
                (sf, names) -> sink.accept(sf, names, items.get(FindingStore.key(sf.finding()))));
    }

    /**
     * As {@link #forEach(FindingStore.Query, boolean, Listing)} for {@code reader}: a county officer sees its own
     * county's findings only (another county asked for is refused), and full data needs its permission.
     */
    public void forEach(Actor reader, FindingStore.Query q, boolean fullData, Listing sink) {
        reader.require(Permission.READ);
        if (fullData) {
            reader.require(Permission.FULL_DATA);
        }
        FindingStore.Query scoped = q;
        if (reader.countyCode() != null) {
            if (q.countyCode() != null) {
                reader.require(Permission.READ, q.countyCode());
            }
            scoped = new FindingStore.Query(q.runId(), q.rule(), reader.countyCode(), q.includeDismissed());
        }
        forEach(scoped, fullData, sink);
    }

    /**
     * Writes the findings the query selects into {@code sheet} (masked unless {@code fullData}), with their
     * rectification item and its state, then closes it.
     */
    public void export(FindingStore.Query q, SheetWriter sheet, boolean fullData, Function<Enum<?>, String> words) {
        try (sheet) {
            FindingExport export = new FindingExport(sheet, fullData, words);
            forEach(q, fullData, (sf, names, item) -> export.write(sf, names,
                    item == null ? null : item.id(), item == null ? null : words.apply(item.state())));
        }
    }
}
