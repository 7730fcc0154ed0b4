package org.inspect.check;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.inspect.export.SheetWriter;
import org.inspect.store.Database;

/** The findings of check runs: listing and exporting them, and the field team's verdicts on them. */
public final class FindingService {

    private final Database database;

    public FindingService(Database database) {
        this.database = database;
    }

    /** Every check run, newest last. */
    public List<CheckRun> runs() {
        return new CheckRuns(database).list();
    }

    /** Run {@code runId}, or the newest completed run when null. */
    public CheckRun runOrLatest(Long runId) {
        CheckRuns runs = new CheckRuns(database);
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

    /** Writes the findings the query selects into {@code sheet} (masked unless {@code fullData}), then closes it. */
    public void export(FindingStore.Query q, SheetWriter sheet, boolean fullData, Function<Enum<?>, String> words) {
        try (sheet) {
            FindingExport export = new FindingExport(sheet, fullData, words);
            forEach(q, fullData, export::write);
        }
    }

    /** Records that the field team confirmed finding {@code id}. */
    public void confirm(long id, String by, String reason) {
        new FindingStore(database).verdict(id, StoredFinding.CONFIRMED, by, reason);
    }

    /**
     * Records that the field team dismissed finding {@code id}; returns the finding's key, by which its
     * rectification item (if a notice was issued) is withdrawn.
     */
    public String dismiss(long id, String by, String reason) {
        FindingStore findings = new FindingStore(database);
        findings.verdict(id, StoredFinding.DISMISSED, by, reason);
        return FindingStore.key(findings.get(id).finding());
    }
}
