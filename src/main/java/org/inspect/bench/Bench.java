package org.inspect.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.inspect.bench.internal.ChildStep;
import org.inspect.demo.DemoOptions;
import org.inspect.store.DatabaseSettings;
import org.inspect.store.ScratchDatabases;

/**
 * Runs the bench at one size: generates the demo city, then times each step in a JVM of its own (so each has the
 * same heap limit and its peak heap is its own) on the same files and database: the write baseline, the import,
 * the read baseline, {@code check --all}, {@code compare}, {@code sample}, {@code report}, {@code notices} and
 * {@code disclosure}. A step's seconds are measured inside its JVM, from the start of the work to its end
 * (the JVM's own start-up, about a second, is left out of every step alike). On a PostgreSQL server (settings with
 * a URL), each size gets two new databases beside the one the URL names, {@code <name>_bench_<N>} for the
 * toolkit and {@code <name>_bench_<N>_bl} for the write baseline, dropped after it unless {@code keep}.
 */
public final class Bench {

    public static final String GENERATE = "generate";
    public static final String WRITE_BASELINE = "write-baseline";
    public static final String IMPORT = "import";
    public static final String READ_BASELINE = "read-baseline";
    public static final String CHECK = "check --all";
    public static final String COMPARE = "compare";
    public static final String SAMPLE = "sample";
    public static final String REPORT = "report";
    public static final String NOTICES = "notices";
    public static final String DISCLOSURE = "disclosure";

    /** The bench's snapshot label and reference date: the demo's month one. */
    static final String LABEL = "2019-03";
    static final String SEED_TEXT = "2019-03-01 福彩3D 第2019056期 开奖号 407";

    /** Told as the steps start and end, so a caller can show progress. */
    public interface Listener {
        void starting(int households, String step);

        void finished(int households, BenchStep step);
    }

    /**
     * Where the bench works (a folder per size, deleted after it unless {@code keep}), the options of the steps'
     * JVMs, where they write Flight Recorder profiles ({@code null}: no profiling), and the main class of a step's
     * JVM: one that hands {@link org.inspect.bench.StepMain#run} the command line to time (the bench
     * does not know the front end it measures).
     */
    public record Settings(Path work, List<String> jvmOptions, boolean keep, Path profiles, String stepMain,
            DatabaseSettings database) {

        /** On the embedded HSQLDB, a new database in each size's folder. */
        public Settings(Path work, List<String> jvmOptions, boolean keep, Path profiles, String stepMain) {
            this(work, jvmOptions, keep, profiles, stepMain, DatabaseSettings.embedded());
        }
    }

    private final Settings settings;
    private final Listener listener;

    public Bench(Settings settings, Listener listener) {
        this.settings = settings;
        this.listener = listener;
    }

    /** Runs every step at {@code households} households and returns their timings. */
    public BenchResult run(int households) {
        Path dir = settings.work().resolve(Integer.toString(households)).toAbsolutePath().normalize();
        delete(dir);
        try {
            Files.createDirectories(dir.resolve("logs"));
            return runIn(dir, households);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (!settings.keep()) {
                delete(dir);
            }
        }
    }

    private BenchResult runIn(Path dir, int households) {
        DatabaseSettings server = settings.database();
        if (server.isEmbedded()) {
            return runIn(dir, households, null, null);
        }
        String name = ScratchDatabases.databaseOf(server.url()) + "_bench_" + households;
        try {
            return runIn(dir, households, ScratchDatabases.create(server, name),
                    ScratchDatabases.create(server, name + "_bl"));
        } finally {
            if (!settings.keep()) {
                ScratchDatabases.drop(server, name);
                ScratchDatabases.drop(server, name + "_bl");
            }
        }
    }

    /** Runs the steps: on the embedded database in {@code dir} when {@code db} is null, else on {@code db}. */
    private BenchResult runIn(Path dir, int households, DatabaseSettings db, DatabaseSettings baselineDb) {
        Path input = dir.resolve("input");
        Path key = dir.resolve("planted.csv");
        Path data = dir.resolve("data");
        Path reports = dir.resolve("reports");
        String asOf = DemoOptions.CAMPAIGN_START.toString();
        ChildStep child = new ChildStep(settings.jvmOptions(), dir, settings.profiles(), settings.stepMain(),
                settings.database().password());
        Inspect inspect = new Inspect(data, db);
        List<BenchStep> steps = new ArrayList<>();
        Properties gen = time(child, households, GENERATE, "generate", input.toString(), key.toString(),
                Integer.toString(households));
        long rows = Long.parseLong(gen.getProperty("rows"));
        long hh = Long.parseLong(gen.getProperty("households"));
        steps.add(step(households, GENERATE, hh, rows, BenchStep.Unit.ROWS, gen));
        listener.finished(households, steps.get(0));
        BenchStep write = add(steps, households, child, WRITE_BASELINE, hh, BenchStep.Unit.ROWS, null,
                withServer(baselineDb, "write-baseline", input.toString(),
                        baselineDb == null ? dir.resolve("baseline-db").toString() : baselineDb.url()));
        add(steps, households, child, IMPORT, hh, rows, BenchStep.Unit.ROWS, write,
                inspect.args("import", "--dir", input.toString(), "--snapshot", LABEL, "--as-of", asOf));
        BenchStep read = add(steps, households, child, READ_BASELINE, hh, BenchStep.Unit.ROWS, null,
                db == null ? new String[] {"read-baseline", data.toString(), LABEL}
                        : withServer(db, "read-baseline", db.url(), LABEL));
        add(steps, households, child, CHECK, hh, BenchStep.Unit.HOUSEHOLDS, read,
                inspect.args("check", "--all", "--snapshot", LABEL, "--as-of", asOf));
        Properties agreement = child.run("agreement", db == null
                ? new String[] {"agreement", data.toString(), key.toString(), "1"}
                : withServer(db, "agreement", data.toString(), key.toString(), "1", db.url()));
        add(steps, households, child, COMPARE, hh, BenchStep.Unit.HOUSEHOLDS, read,
                inspect.args("compare", "--snapshot", LABEL, "--as-of", asOf));
        add(steps, households, child, SAMPLE, hh, BenchStep.Unit.HOUSEHOLDS, read,
                inspect.args("sample", "--plan", "default", "--seed-text", SEED_TEXT, "--snapshot", LABEL));
        add(steps, households, child, REPORT, hh, BenchStep.Unit.HOUSEHOLDS, read,
                inspect.args("report", "--run", "1", "--sample", "1", "--out", reports.toString()));
        add(steps, households, child, NOTICES, hh, BenchStep.Unit.HOUSEHOLDS, read,
                inspect.args("notices", "--run", "1", "--days", "30", "--out", reports.resolve("notices").toString()));
        add(steps, households, child, DISCLOSURE, hh, BenchStep.Unit.HOUSEHOLDS, read,
                inspect.args("disclosure", "--snapshot", LABEL, "--out", reports.resolve("disclosure").toString()));
        return new BenchResult(households, steps, new BenchResult.KeyAgreement(
                Long.parseLong(agreement.getProperty("found")), Long.parseLong(agreement.getProperty("planted")),
                Long.parseLong(agreement.getProperty("extra"))));
    }

    /** A baseline's arguments, with the server's user last when it has one. */
    private static String[] withServer(DatabaseSettings db, String... args) {
        if (db == null || db.user() == null) {
            return args;
        }
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = db.user();
        return all;
    }

    /** The command line of an {@code inspect} step: the data folder and, on a server, its URL and user. */
    private record Inspect(Path data, DatabaseSettings db) {
        String[] args(String... verb) {
            List<String> a = new ArrayList<>(List.of("inspect", "--data", data.toString()));
            if (db != null) {
                a.addAll(List.of("--db-url", db.url()));
                if (db.user() != null) {
                    a.addAll(List.of("--db-user", db.user()));
                }
            }
            a.addAll(List.of(verb));
            return a.toArray(String[]::new);
        }
    }

    private BenchStep add(List<BenchStep> steps, int households, ChildStep child, String name, long hh,
            BenchStep.Unit unit, BenchStep baseline, String... args) {
        return add(steps, households, child, name, hh, 0, unit, baseline, args);
    }

    /** Runs and records a step; {@code rows} counts its rows unless the step counts them itself. */
    private BenchStep add(List<BenchStep> steps, int households, ChildStep child, String name, long hh, long rows,
            BenchStep.Unit unit, BenchStep baseline, String... args) {
        Properties p = time(child, households, name, args);
        BenchStep s = step(households, name, hh, Long.parseLong(p.getProperty("rows", Long.toString(rows))), unit, p);
        if (baseline != null) {
            s = s.against(baseline);
        }
        steps.add(s);
        listener.finished(households, s);
        return s;
    }

    private Properties time(ChildStep child, int households, String name, String... args) {
        listener.starting(households, name);
        return child.run(name, args);
    }

    private static BenchStep step(int households, String name, long hh, long rows, BenchStep.Unit unit,
            Properties p) {
        return new BenchStep(name, hh, unit == BenchStep.Unit.HOUSEHOLDS ? hh : rows, unit,
                Double.parseDouble(p.getProperty("seconds")), Double.parseDouble(p.getProperty("cpuSeconds")),
                Long.parseLong(p.getProperty("peakHeap")), null, Double.NaN);
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the bench folder " + dir, e);
        }
    }
}
