package org.inspect.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntFunction;
import org.inspect.config.Settings;
import org.inspect.context.Context;
import org.inspect.error.MismatchException;
import org.inspect.rectification.Progress;
import org.inspect.rectification.Rectification;
import org.inspect.report.data.CampaignSettings;
import org.inspect.report.data.DisclosureData;
import org.inspect.report.data.NoticeIssuer;
import org.inspect.report.data.ReportData;
import org.inspect.report.data.SampleRunReader;
import org.inspect.sampling.SampleService;
import org.inspect.store.Database;
import org.inspect.store.Snapshots;

/**
 * The documents of a campaign: the inspection report of a check run, the rectification notices, the public-notice
 * lists. Set in the configured (or system) fonts and worded by the city's templates.
 */
public final class DocumentService {

    private final Database database;
    private final Context context;
    private final Settings settings;

    /**
     * The documents of {@code database}, issued by {@code context}'s account, set and worded as the city's
     * {@code settings} say.
     */
    public DocumentService(Database database, Context context, Settings settings) {
        this.database = database;
        this.context = context;
        this.settings = settings;
    }

    /** The documents set in the configured fonts and worded by the city's templates. */
    private Documents documents() {
        return Documents.configure(settings.configDir(), settings.templatesDir());
    }

    /** The newest completed sample run of a snapshot, if one was drawn. */
    public java.util.Optional<Long> latestSample(long snapshotId) {
        return new SampleRunReader(database).latest(snapshotId);
    }

    /** A report written, and how many strata of its sample no longer verify (0: verified or no sample). */
    public record Report(Path file, int unverifiedStrata) {
    }

    /**
     * Writes the report of check run {@code run} (with sample run {@code sample} when not null) into {@code out}.
     * A sample that no longer verifies against its snapshot's current rolls is refused (exit 6), or with
     * {@code allowUnverified} reported with {@code coverNote} (given the number of strata that differ) on the cover.
     */
    public Report report(long run, Long sample, Path out, Lang lang, boolean fullData, boolean allowUnverified,
            CampaignSettings settings, IntFunction<String> coverNote) {
        if (sample != null) {
            new org.inspect.sampling.SampleRunStore(database).completedCaseSample(sample);
        }
        ReportInput input = new ReportData(database, context).assemble(run, sample, settings, fullData);
        int differing = 0;
        if (sample != null) {
            differing = new SampleService(database, null).differences(sample).size();
            if (differing > 0 && !allowUnverified) {
                throw new MismatchException("sample run " + sample + " no longer verifies: " + differing
                        + " strata differ").localized("report.unverified", sample, differing);
            }
            if (differing > 0) {
                input = input.withUnverifiedSample(coverNote.apply(differing));
            }
        }
        String name = "report-run" + run + (sample == null ? "" : "-sample" + sample)
                + (fullData ? "-full" : "") + lang.fileSuffix() + ".pdf";
        Path file = documents().report(input, lang, out.resolve(name));
        String base = file.getFileName().toString().replaceFirst("\\.pdf$", "");
        register(RegisterStore.Kind.REPORT, run, settings.campaign().issueDate(),
                List.of(file, file.resolveSibling(base + "-annex.xlsx")));
        return new Report(file, differing);
    }

    /**
     * Issues one rectification notice per county with an open finding of check run {@code run}, due on
     * {@code deadline}, and records the notices and their items.
     */
    public NoticeIssuer.Result notices(long run, LocalDate deadline, CampaignSettings settings, Path out, Lang lang,
            boolean fullData) {
        context.actor().require(org.inspect.context.Permission.ISSUE);
        try (var lock = database.lock("notices", false)) { // numbers are taken in order, one issuer at a time
            return new NoticeIssuer(database, context).issue(documents(), lang, run, deadline, settings, fullData, out);
        }
    }

    /**
     * A correcting notice (更正整改通知书) for the issued notice {@code number}: a new document with its own number
     * that names the one it corrects, which stays as it was.
     */
    public NoticeIssuer.Result correctNotice(String number, String reason, CampaignSettings settings, Path out,
            Lang lang, boolean fullData) {
        context.actor().require(org.inspect.context.Permission.ISSUE);
        try (var lock = database.lock("notices", false)) {
            return new NoticeIssuer(database, context).correct(documents(), lang, number, reason, settings, fullData, out);
        }
    }

    /** The notices of the register of issued documents, in the order they were issued. */
    public java.util.List<RegisterStore.Entry> register() {
        return new RegisterStore(database).notices();
    }

    /** Public-notice lists written, and how many households had no township to be listed under. */
    public record Disclosure(List<Path> files, int unplaced) {
    }

    /** Writes the public-notice lists of the active snapshot {@code label} (null: the newest), one per township. */
    public Disclosure disclosure(String label, String township, Path out, Lang lang, boolean fullData) {
        long snapshotId = new Snapshots(database).activeId(label);
        // posted on the context's day (the campaign's), from which the 公示期 runs
        CampaignSettings campaign = CampaignSettings.on(settings, context.today());
        DisclosureData.Lists lists = new DisclosureData(database).assemble(snapshotId, township, campaign, fullData);
        List<Path> files = documents().disclosure(lists.input(), lang, out);
        // a public list is an issued document too: verify-report tells a list changed after it was posted
        register(RegisterStore.Kind.DISCLOSURE, null, campaign.campaign().issueDate(), files);
        return new Disclosure(files, lists.unplaced());
    }

    /** Writes the rectification progress bulletin of {@code day} into {@code dir} as {@code bulletin-<day>.pdf}. */
    public Path bulletin(LocalDate day, Path dir) {
        Rectification rectification = new Rectification(database, context);
        Progress p = rectification.progress(day, null);
        CampaignSettings campaign = CampaignSettings.on(settings, day);
        // the history's head, signed with the anchor key outside the database, printed on the bulletin: only a
        // history that passes the audit is vouched for
        var checkpoint = rectification.audit().clean()
                ? rectification.anchor(database.dataDir().resolve(org.inspect.rectification.Anchor.DEFAULT_FILE))
                : null;
        BulletinInput in = new BulletinInput(campaign.campaign(), p,
                org.inspect.report.data.NumberStore.bulletins(database).numberFor(day, campaign), checkpoint);
        Path file = documents().bulletin(in, Lang.ZH, dir.resolve("bulletin-" + day + ".pdf"));
        register(RegisterStore.Kind.BULLETIN, null, day, List.of(file));
        return file;
    }

    /**
     * Registers documents just written (the report, the bulletin) with their SHA-256 in the register of issued
     * documents, so that verify-report can tell a later change even when the manifest beside them is rewritten.
     */
    private void register(RegisterStore.Kind kind, Long checkRun, LocalDate issuedOn, List<Path> files) {
        new RegisterStore(database).record(files.stream().filter(java.nio.file.Files::isRegularFile)
                .map(f -> new RegisterStore.New(kind, null, null, checkRun, null, null, issuedOn, null, f)).toList());
    }
}
