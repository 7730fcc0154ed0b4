package org.inspect.compare;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.inspect.batch.BatchRuntime;
import org.inspect.batch.JobNotCompletedException;
import org.inspect.compare.job.CompareParameters;
import org.inspect.config.Settings;
import org.inspect.error.NotFoundException;
import org.inspect.export.HeaderLanguage;
import org.inspect.export.SheetFormat;
import org.inspect.report.Campaign;
import org.inspect.report.Documents;
import org.inspect.report.FeedbackInput;
import org.inspect.report.Lang;
import org.inspect.store.Database;
import org.inspect.store.Snapshots;

/**
 * Matches the registered-poor roll with the dibao and tekun rolls (clause 二（一）), month on month against an
 * earlier snapshot (clause 三（二）), as compare runs (Jakarta Batch job {@code compare}); summarises and exports them.
 */
public final class CompareService {

    /** The campaign's start, on the feedback forms. */
    static final LocalDate CAMPAIGN_START = LocalDate.of(2019, 3, 1);

    private final Database database;
    private final BatchRuntime batch;
    private final Settings settings;

    /**
     * {@code batch} may be null for a service that only reads and exports runs; the feedback forms are worded by the
     * templates of {@code settings}.
     */
    public CompareService(Database database, BatchRuntime batch, Settings settings) {
        this.database = database;
        this.batch = batch;
        this.settings = settings;
    }

    /** Runs the compare job on a snapshot (null: the newest), against the latest run of {@code againstLabel}. */
    public CompareRun compare(String label, LocalDate asOf, String againstLabel) {
        Snapshots snapshots = new Snapshots(database);
        long snapshotId = snapshots.activeId(label);
        CompareRunStore runs = new CompareRunStore(database);
        Long againstRun = null;
        if (againstLabel != null) {
            long earlier = snapshots.activeId(againstLabel);
            againstRun = runs.latestCompleted(earlier).orElseThrow(() -> new NotFoundException(
                    "no completed compare run of " + againstLabel).localized("compare.noEarlierRun", againstLabel))
                    .id();
        }
        long id = runs.create(snapshotId, snapshots.label(snapshotId), asOf, againstRun);
        JobNotCompletedException.unlessCompleted(batch.run("compare",
                new CompareParameters(id, snapshotId, asOf, againstRun).toProperties()));
        return runs.get(id);
    }

    /** A stored run. */
    public CompareRun run(long id) {
        return new CompareRunStore(database).get(id);
    }

    /** Every stored run. */
    public List<CompareRun> runs() {
        return new CompareRunStore(database).list();
    }

    /**
     * What a run found: coverage by county, the size of every list and, month on month ({@code changes} not null),
     * the number of changes of each kind.
     */
    public record Summary(CompareRun run, String againstLabel, List<CountyCoverage> coverage, long uncovered,
            long uncoveredWithoutConclusion, int unmatched, int splits, long recipients,
            Map<Change.Kind, Long> changes) {
    }

    public Summary summary(CompareRun run) {
        CompareStore store = new CompareStore(database);
        long[] uncovered = new long[2];
        store.forEachUncovered(run.id(), m -> {
            uncovered[0]++;
            if (m.uncoveredWithoutConclusion()) {
                uncovered[1]++;
            }
        });
        long[] recipients = new long[1];
        store.forEachRecipient(run.id(), r -> recipients[0]++);
        Map<Change.Kind, Long> changes = null;
        if (run.againstRunId() != null) {
            List<Change> all = store.changes(run.id());
            changes = new EnumMap<>(Change.Kind.class);
            for (Change.Kind k : Change.Kind.values()) {
                changes.put(k, all.stream().filter(c -> c.kind() == k).count());
            }
        }
        return new Summary(run, againstLabel(run), store.coverage(run.id()), uncovered[0], uncovered[1],
                store.unmatched(run.id()).size(), store.splits(run.id()).size(), recipients[0], changes);
    }

    private String againstLabel(CompareRun run) {
        return run.againstRunId() == null ? null : new CompareRunStore(database).get(run.againstRunId()).snapshotLabel();
    }

    /** The files an export wrote: the lists, and the per-county feedback forms under {@code feedback/}. */
    public record Exported(List<Path> lists, List<Path> feedback) {
    }

    /** Writes the run's CSV lists (full data) and the per-county feedback forms (masked) into {@code dir}. */
    public Exported export(CompareRun run, Path dir, Lang lang) {
        return export(run, dir, lang, new CompareExport(new CompareStore(database)));
    }

    /** Writes the run's lists in {@code format} with {@code headers}, and the feedback forms, into {@code dir}. */
    public Exported export(CompareRun run, Path dir, Lang lang, SheetFormat format, HeaderLanguage headers) {
        return export(run, dir, lang, new CompareExport(new CompareStore(database), format, headers));
    }

    private Exported export(CompareRun run, Path dir, Lang lang, CompareExport lists) {
        CompareStore store = new CompareStore(database);
        List<Path> csv = lists.write(run, dir);
        FeedbackInput input = FeedbackForms.input(store, run, againstLabel(run), campaign(run, lang), lang);
        List<Path> pdf = Documents.configure(settings.configDir(), settings.templatesWith(List.of(
                "common." + lang.code() + ".txt", "feedback." + lang.code() + ".txt"))).feedback(input, lang,
                dir.resolve("feedback"));
        return new Exported(csv, pdf);
    }

    /** The campaign in the document's language (not the terminal's). */
    private static Campaign campaign(CompareRun run, Lang lang) {
        // dated by the campaign's day the comparison is of (its rolls' reference day), not by the moment the run
        // finished on the computer's clock
        LocalDate issued = run.asOf();
        boolean zh = lang == Lang.ZH;
        return new Campaign(zh ? "社会救助兜底保障“回头看”专项行动" : "Social-assistance look-back special action",
                CAMPAIGN_START, LocalDate.of(2019, 6, 30),
                List.of(zh ? "泰安市民政局" : "Tai'an civil affairs bureau"), issued);
    }
}
