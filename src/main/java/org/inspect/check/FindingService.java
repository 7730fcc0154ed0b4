package org.inspect.check;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.inspect.check.internal.FindingEntity;
import org.inspect.export.SheetWriter;
import org.inspect.store.Database;
import org.inspect.store.TextLimits;

/** The findings of check runs: listing and exporting them, and the field team's verdicts on them. */
public final class FindingService {

    private final Database database;

    public FindingService(Database database) {
        this.database = database;
    }

    /** Every check run, newest last. */
    public List<CheckRun> runs() {
        return new CheckRunStore(database).list();
    }

    /** Run {@code runId}, or the newest completed run when null. */
    public CheckRun runOrLatest(Long runId) {
        CheckRunStore runs = new CheckRunStore(database);
        return runId == null ? runs.latestCompleted() : runs.get(runId);
    }

    /**
     * Each finding the query selects, with the names it may mention (to mask them); with {@code fullData} the names
     * are not read and each set is empty.
     */
    public void forEach(FindingStore.Query q, boolean fullData, BiConsumer<StoredFinding, Set<String>> sink) {
        FindingStore store = new FindingStore(database);
        Map<Long, Set<String>> names = fullData ? Map.of() : store.names(q.runId());
        store.forEach(q, sf -> sink.accept(sf, names.getOrDefault(sf.id(), Set.of())));
    }

    /** A finding as listed: with the names it may mention and its rectification item (null: none). */
    @FunctionalInterface
    public interface Listing {
        void accept(StoredFinding finding, Set<String> names, org.inspect.rectification.Item item);
    }

    /**
     * Each finding the query selects with its names and its rectification item: a problem has one item, whichever
     * check run found it (issue 11), so a later run's finding shows the item an earlier run's notice opened.
     */
    public void forEachWithItem(FindingStore.Query q, boolean fullData, Listing sink) {
        Map<String, org.inspect.rectification.Item> items = new org.inspect.rectification.RectificationStore(database)
                .itemsByKey();
        forEach(q, fullData, (sf, names) -> sink.accept(sf, names, items.get(FindingStore.key(sf.finding()))));
    }

    /**
     * Writes the findings the query selects into {@code sheet} (masked unless {@code fullData}), with their
     * rectification item and its state, then closes it.
     */
    public void export(FindingStore.Query q, SheetWriter sheet, boolean fullData, Function<Enum<?>, String> words) {
        try (sheet) {
            FindingExport export = new FindingExport(sheet, fullData, words);
            forEachWithItem(q, fullData, (sf, names, item) -> export.write(sf, names,
                    item == null ? null : item.id(), item == null ? null : words.apply(item.state())));
        }
    }

    /**
     * Records that the field team confirmed finding {@code id}; returns in how many later runs the same problem took
     * the verdict too.
     */
    public int confirm(long id, String by, String reason) {
        checkVerdictText(by, reason);
        return new FindingStore(database).verdict(id, StoredFinding.CONFIRMED, by, reason);
    }

    /**
     * Records that the field team dismissed finding {@code id}; returns the finding's key, by which its
     * rectification item (if a notice was issued) is withdrawn, and the later runs that took the verdict.
     */
    public Dismissal dismiss(long id, String by, String reason) {
        checkVerdictText(by, reason);
        FindingStore findings = new FindingStore(database);
        int later = findings.verdict(id, StoredFinding.DISMISSED, by, reason);
        return new Dismissal(FindingStore.key(findings.get(id).finding()), later);
    }

    /** The name and reason of a verdict fit the columns that keep them, or are refused before anything is written. */
    private static void checkVerdictText(String by, String reason) {
        TextLimits.check("--by", by, TextLimits.of(FindingEntity.class, "verdictBy"));
        TextLimits.check("--reason", reason, TextLimits.of(FindingEntity.class, "verdictReason"));
    }

    /** A dismissal: the finding's key, and in how many later runs the same problem was dismissed too. */
    public record Dismissal(String key, int laterRuns) {
    }
}
