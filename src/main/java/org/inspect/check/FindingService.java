package org.inspect.check;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.inspect.check.internal.FindingEntity;
import org.inspect.context.Actor;
import org.inspect.context.Permission;
import org.inspect.error.Field;
import org.inspect.store.Database;
import org.inspect.store.TextLimits;

/**
 * The findings of check runs: listing them, and the field team's verdicts on them (listed with their rectification
 * items, and exported: {@code rectification.FindingListing}, which builds on the check).
 */
public final class FindingService {

    private final Database database;
    private final Clock clock;

    /** {@code clock} dates the verdicts (the caller's Context clock). */
    public FindingService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** A service that only lists: it records no verdict (no clock). */
    public FindingService(Database database) {
        this(database, null);
    }

    private LocalDateTime now() {
        if (clock == null) {
            throw new IllegalStateException("a finding service that records verdicts needs a clock");
        }
        return LocalDateTime.now(clock);
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

    /**
     * Records that the field team confirmed finding {@code id}; returns in how many later runs the same problem took
     * the verdict too.
     */
    public int confirm(long id, Actor by, String reason) {
        by.require(Permission.INSPECT);
        checkVerdictText(by.name(), reason);
        return new FindingStore(database).verdict(id, StoredFinding.CONFIRMED, by.name(), reason, now());
    }

    /**
     * Records that the field team dismissed finding {@code id}; returns the finding's key, by which its
     * rectification item (if a notice was issued) is withdrawn, and the later runs that took the verdict.
     */
    public Dismissal dismiss(long id, Actor by, String reason) {
        by.require(Permission.INSPECT);
        checkVerdictText(by.name(), reason);
        FindingStore findings = new FindingStore(database);
        int later = findings.verdict(id, StoredFinding.DISMISSED, by.name(), reason, now());
        return new Dismissal(FindingStore.key(findings.get(id).finding()), later);
    }

    /** The name and reason of a verdict fit the columns that keep them, or are refused before anything is written. */
    private static void checkVerdictText(String by, String reason) {
        TextLimits.check(Field.ACCOUNT, by, TextLimits.of(FindingEntity.class, "verdictBy"));
        TextLimits.check(Field.REASON, reason, TextLimits.of(FindingEntity.class, "verdictReason"));
    }

    /** A dismissal: the finding's key, and in how many later runs the same problem was dismissed too. */
    public record Dismissal(String key, int laterRuns) {
    }
}
