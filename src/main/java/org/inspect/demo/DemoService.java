package org.inspect.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.inspect.batch.BatchRuntime;
import org.inspect.check.CampaignPeriod;
import org.inspect.check.CheckRun;
import org.inspect.check.CheckService;
import org.inspect.check.DriveCheck;
import org.inspect.compare.CompareRun;
import org.inspect.compare.CompareService;
import org.inspect.config.Settings;
import org.inspect.context.Context;
import org.inspect.context.Policy;
import org.inspect.importing.ImportService;
import org.inspect.importing.job.ImportParameters;
import org.inspect.model.Finding;
import org.inspect.rectification.Reconciler;
import org.inspect.rectification.Rectification;
import org.inspect.rectification.RectificationStore;
import org.inspect.report.DocumentService;
import org.inspect.report.Lang;
import org.inspect.report.data.CampaignSettings;
import org.inspect.report.data.NoticeIssuer;
import org.inspect.sampling.SampleRun;
import org.inspect.sampling.SampleService;
import org.inspect.store.Database;
import org.inspect.store.RollReader;
import org.inspect.store.Snapshots;

/**
 * The demonstration's pipeline on a synthetic Tai'an with planted anomalies: month one generated, imported, checked,
 * sampled, its documents written; month two generated, imported and compared; the rectification round, the bulletin
 * and the re-inspection sample. Each step calls a feature's service; what happened goes to a {@link Listener} (the
 * CLI prints it, a test records it), never to a console.
 */
public final class DemoService {

    /** The seed text of the demo's sample: a date and a (made-up) lottery draw announced after the plan. */
    public static final String SAMPLE_SEED_TEXT = "2019-03-01 福彩3D 第2019056期 开奖号 407";
    /** The seed of the demo's re-inspection sample: a draw announced after the items were closed. */
    public static final String RECHECK_SEED = "2019-05-06 福彩3D 第2019118期 开奖号 215";
    /** The demo's first monthly snapshot. */
    public static final String MONTH_ONE = "2019-03";
    /** The demo's second monthly snapshot, compared month on month with the first (clause 三（二）). */
    public static final String MONTH_TWO = "2019-04";
    /** Days from the notices' issue to their deadline (the {@code notices} command's default). */
    public static final int NOTICE_DAYS = 30;

    /** The database and batch runtime the demo works in, opened by the caller (closed at the end). */
    public interface Workbench extends AutoCloseable {
        Database database();

        BatchRuntime batch();

        @Override
        void close();
    }

    /** What the demo did, step by step, in the order a reader expects it (side work reported after its join). */
    public interface Listener {
        /** A stage finished: wall and CPU time (for {@code -v}); may come from a side thread. */
        default void stage(String name, long nanos, long cpuNanos) {
        }

        void generated(Path input, DemoSummary summary, Path key);

        void importPlanned(ImportService.Plan plan);

        void imported(ImportService.Outcome outcome);

        void checked(CheckService checks, CheckRun run);

        /** How many planted anomalies the check found, of how many, and how many findings were not planted. */
        void answerKey(long found, int planted, long notPlanted);

        void sampling(String seedText);

        void sampled(SampleService samples, SampleRun run);

        void sampleChecked(CheckRun check, SampleRun sample, long findings);

        void compared(CompareService.Summary summary);

        /** Month two's counties without a March drive (rule NO_TEMPORARY_DRIVE) and the planted ones. */
        void drive(String month, LocalDate asOf, Set<String> without, Set<String> planted);

        void compareExported(CompareService.Exported exported, Path dir);

        void disclosure(DocumentService.Disclosure lists);

        void noticesIssued(long checkRun, LocalDate deadline, NoticeIssuer.Result result);

        void documents(Path report, Path notices, Path disclosure);

        void rectified(RectificationDrill.Result result, Path ledgers);

        void bulletin(Path file);

        /** The re-inspection sample: null run when no item was closed. */
        void recheck(SampleRun run, long counties, boolean verified);
    }

    private final Context context;
    private final Settings settings;
    private final IntFunction<String> unverifiedCover;

    /**
     * The demo acted in {@code context}, its services given the city's {@code settings} (the workbench's batch runtime
     * is opened with the same); {@code unverifiedCover}: the report cover's warning for a sample that no longer
     * verifies, in the user's words.
     */
    public DemoService(Context context, Settings settings, IntFunction<String> unverifiedCover) {
        this.context = context;
        this.settings = settings;
        this.unverifiedCover = unverifiedCover;
    }

    /**
     * Runs the whole demo: the city under {@code demoDir}, documents under {@code reports}. Work that needs nothing of
     * what runs meanwhile goes to two side threads (the database opens while month one is generated, month two is
     * generated while month one is imported, month one's documents are written while month two is imported).
     */
    public void run(DemoOptions options, Path demoDir, Path reports, Supplier<Workbench> opener, Listener listener) {
        Path input = demoDir.resolve(MONTH_ONE);
        Path key = demoDir.resolve("planted-" + MONTH_ONE + ".csv");
        ExecutorService side = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "demo-side");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<Workbench> opening = side.submit(() -> time(listener, "open the database", opener));
            DemoSummary summary;
            try {
                summary = time(listener, "generate " + MONTH_ONE, () -> DemoCity.write(input, key, options));
            } catch (RuntimeException e) {
                closeWhenOpen(opening);
                throw e;
            }
            listener.generated(input, summary, key);
            Path inputTwo = demoDir.resolve(MONTH_TWO);
            Future<DemoSummary> monthTwo = side.submit(() -> time(listener, "generate " + MONTH_TWO,
                    () -> DemoCity.write(inputTwo, demoDir.resolve("planted-" + MONTH_TWO + ".csv"),
                            options.withMonth(2))));
            try (Workbench wb = join(opening)) {
                try {
                    new Run(wb, side, listener, reports).pipeline(summary.referenceDate(), key, input, inputTwo,
                            monthTwo);
                } finally {
                    // after a failure, side work may still be using the database: stop it before it closes
                    stop(side);
                }
            }
        } finally {
            side.shutdownNow();
        }
    }

    /** The day the demo's notices are dated: a fortnight after month one's reference day (2019-03-15). */
    public static LocalDate issueDate(LocalDate asOf) {
        return asOf.plusDays(14);
    }

    /** One run of the pipeline over an open workbench. */
    private final class Run {
        private final Workbench wb;
        private final ExecutorService side;
        private final Listener listener;
        private final Path reports;

        Run(Workbench wb, ExecutorService side, Listener listener, Path reports) {
            this.wb = wb;
            this.side = side;
            this.listener = listener;
            this.reports = reports;
        }

        /** Documents written on a side thread, reported after the comparison. */
        private record Written(NoticeIssuer.Result notices, LocalDate deadline, Path report, Path noticeDir) {
        }

        void pipeline(LocalDate asOf, Path key, Path input, Path inputTwo, Future<DemoSummary> monthTwo) {
            ImportService imports = new ImportService(wb.database(), wb.batch());
            CheckService checks = new CheckService(wb.database(), wb.batch(), settings);
            // the month's documents are dated on the campaign's day the notices are issued, never the computer's
            DocumentService documents = new DocumentService(wb.database(), context.on(issueDate(asOf)), settings);
            time(listener, "import " + MONTH_ONE, () -> importMonth(imports, new ImportParameters(input, MONTH_ONE,
                    false, reports.resolve("rejects-" + MONTH_ONE + ".csv"), asOf)));
            // the disclosure lists need the snapshot only, the report and notices the checks and the sample
            Future<DocumentService.Disclosure> lists = side.submit(() -> time(listener, "disclosure lists",
                    () -> documents.disclosure(MONTH_ONE, null, reports.resolve("disclosure"), Lang.ZH, false)));
            CheckRun run = time(listener, "check --all", () -> checks.check(MONTH_ONE, asOf, null));
            listener.checked(checks, run);
            answerKey(checks, run, key);
            time(listener, "sample and check --sample", () -> sampleAndCheck(checks, asOf));
            Future<Written> written = side.submit(() -> time(listener, "report and notices",
                    () -> reportAndNotices(documents, run)));
            time(listener, "compare month on month", () -> compareMonthOnMonth(imports, inputTwo, monthTwo, asOf));
            listener.disclosure(join(lists));
            Written w = join(written);
            listener.noticesIssued(run.id(), w.deadline(), w.notices());
            listener.documents(w.report(), w.noticeDir(), reports.resolve("disclosure"));
            LocalDate monthTwoAsOf = join(monthTwo).referenceDate();
            time(listener, "rectification", () -> rectify(documents,
                    key.resolveSibling("planted-" + MONTH_TWO + ".csv"), issueDate(asOf), monthTwoAsOf));
        }

        private void importMonth(ImportService imports, ImportParameters params) {
            ImportService.Plan plan = imports.prepare(params, true);
            listener.importPlanned(plan);
            listener.imported(imports.load(plan));
        }

        private void answerKey(CheckService checks, CheckRun run, Path key) {
            Set<String> planted = AnswerKey.read(key);
            Set<String> found = new HashSet<>();
            checks.forEachFinding(run.id(), sf -> found.add(AnswerKey.key(sf.finding())));
            long hit = planted.stream().filter(found::contains).count();
            long extra = found.stream().filter(k -> !planted.contains(k)).count();
            listener.answerKey(hit, planted.size(), extra);
        }

        /** Draws a sample with the default plan and a seed text, then checks the sampled cases only. */
        private void sampleAndCheck(CheckService checks, LocalDate asOf) {
            listener.sampling(SAMPLE_SEED_TEXT);
            SampleService samples = new SampleService(wb.database(), wb.batch(), context.clock(), settings);
            SampleRun sample = samples.draw(SampleService.plan(settings, "default"), null, SAMPLE_SEED_TEXT, MONTH_ONE,
                    2);
            listener.sampled(samples, sample);
            CheckRun check = checks.check(MONTH_ONE, asOf, sample.id());
            listener.sampleChecked(check, sample, checks.findingCount(check.id()));
        }

        /** The report of the check run (with the newest sample of its snapshot) and the notices. */
        private Written reportAndNotices(DocumentService documents, CheckRun run) {
            Long sample = documents.latestSample(run.snapshotId()).orElse(null);
            // the notices come after the report, whose content must not depend on notices issued in between
            CampaignSettings campaign = CampaignSettings.on(settings, issueDate(run.asOf()));
            DocumentService.Report report = documents.report(run.id(), sample, reports, Lang.ZH, false, false,
                    campaign, unverifiedCover);
            Path notices = reports.resolve("notices");
            LocalDate deadline = campaign.campaign().issueDate().plusDays(NOTICE_DAYS);
            NoticeIssuer.Result issued = documents.notices(run.id(), deadline, campaign, notices, Lang.ZH, false);
            return new Written(issued, deadline, report.file().toAbsolutePath(), notices);
        }

        /**
         * Compares month one, imports month two, compares it against month one and writes month two's lists under
         * {@code reports/compare-<month>/} (month one's are superseded by month two's).
         */
        private void compareMonthOnMonth(ImportService imports, Path input, Future<DemoSummary> generating,
                LocalDate monthOneAsOf) {
            CompareService compares = new CompareService(wb.database(), wb.batch(), settings);
            CompareRun first = time(listener, "compare " + MONTH_ONE,
                    () -> compares.compare(MONTH_ONE, monthOneAsOf, null));
            listener.compared(compares.summary(first));
            DemoSummary two = join(generating);
            time(listener, "import " + MONTH_TWO, () -> importMonth(imports, new ImportParameters(input, MONTH_TWO,
                    false, reports.resolve("rejects-" + MONTH_TWO + ".csv"), two.referenceDate())));
            CompareRun second = time(listener, "compare " + MONTH_TWO,
                    () -> compares.compare(MONTH_TWO, two.referenceDate(), MONTH_ONE));
            listener.compared(compares.summary(second));
            time(listener, "drive " + MONTH_TWO, () -> monthTwoDrive(two.referenceDate(),
                    DemoCity.driveKey(input.resolveSibling("planted-" + MONTH_TWO + ".csv"))));
            Path dir = reports.resolve("compare-" + MONTH_TWO);
            time(listener, "export compare " + MONTH_TWO,
                    () -> listener.compareExported(compares.export(second, dir, Lang.ZH), dir));
        }

        /** Month two is as of 1 April: NO_TEMPORARY_DRIVE can be judged, against the planted counties. */
        private void monthTwoDrive(LocalDate asOf, Path driveKey) {
            long snapshot = new Snapshots(wb.database()).activeId(MONTH_TWO);
            Map<String, Finding> judged = new DriveCheck(wb.database(), CampaignPeriod.load(settings)).judge(snapshot,
                    new RollReader(wb.database(), snapshot).counties(), asOf);
            Set<String> without = new TreeSet<>();
            judged.forEach((county, f) -> {
                if (f != null) {
                    without.add(county);
                }
            });
            Set<String> planted = new TreeSet<>();
            try {
                List<String> lines = Files.readAllLines(driveKey);
                lines.subList(Math.min(1, lines.size()), lines.size()).stream().map(String::strip)
                        .filter(l -> !l.isEmpty()).forEach(planted::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + driveKey, e);
            }
            listener.drive(MONTH_TWO, asOf, without, planted);
        }

        /**
         * The rectification round after the notices: ledgers written, filled as counties would and imported,
         * reconciled with month two, the team's decisions; then the bulletin and the re-inspection sample.
         */
        private void rectify(DocumentService documents, Path monthTwoKey, LocalDate issued, LocalDate monthTwoAsOf) {
            Rectification service = new Rectification(wb.database(), context.on(issued), Policy.load(settings));
            Path ledgers = reports.resolve("ledgers");
            RectificationDrill.Result result = new RectificationDrill(service).run(ledgers,
                    AnswerKey.read(monthTwoKey), issued, monthTwoAsOf, clocked -> new Reconciler(wb.database(),
                            clocked, settings).reconcile(MONTH_TWO, monthTwoAsOf, false));
            listener.rectified(result, ledgers);
            // the bulletin a fortnight after the deadline, when what was not answered is overdue
            LocalDate bulletinDay = issued.plusDays(NOTICE_DAYS + 16);
            listener.bulletin(new DocumentService(wb.database(), context.on(bulletinDay), settings)
                    .bulletin(bulletinDay, reports));
            recheck();
        }

        /** The re-inspection sample (复查抽样) of the closed items by the shipped plan {@code recheck}, verified. */
        private void recheck() {
            SampleService samples = new SampleService(wb.database(), wb.batch(), context.clock(), settings);
            var plan = samples.recheckPlan(null, null);
            if (new RectificationStore(wb.database()).closedThrough(plan.frame().itemsThrough()).isEmpty()) {
                listener.recheck(null, 0, false);
                return;
            }
            SampleRun run = samples.draw(plan, null, RECHECK_SEED, null, 2);
            boolean verified = samples.differences(run.id()).isEmpty();
            long counties = samples.manifest(run.id()).strata().stream().filter(st -> st.sampleSize() > 0).count();
            listener.recheck(run, counties, verified);
        }
    }

    private static <T> T time(Listener listener, String stage, Supplier<T> work) {
        long start = System.nanoTime();
        long cpu = cpuNanos();
        T result = work.get();
        listener.stage(stage, System.nanoTime() - start, cpuNanos() - cpu);
        return result;
    }

    private static void time(Listener listener, String stage, Runnable work) {
        time(listener, stage, () -> {
            work.run();
            return null;
        });
    }

    private static long cpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    private static void stop(ExecutorService side) {
        side.shutdownNow();
        try {
            side.awaitTermination(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeWhenOpen(Future<Workbench> opening) {
        try {
            join(opening).close();
        } catch (RuntimeException ignored) {
            // the database did not open either; the first failure is the one to report
        }
    }

    private static <T> T join(Future<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a stage of the demo", e);
        }
    }
}
