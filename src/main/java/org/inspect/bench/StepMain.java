package org.inspect.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.function.ToIntFunction;
import org.inspect.bench.internal.KeyCheck;
import org.inspect.bench.internal.PeakHeap;
import org.inspect.demo.DemoCity;
import org.inspect.demo.DemoOptions;
import org.inspect.demo.DemoSummary;
import org.inspect.store.Database;
import org.inspect.store.DatabaseSettings;
import org.inspect.store.ReadBaseline;
import org.inspect.store.WriteBaseline;

/**
 * What a bench step's JVM does: {@code RESULT MODE ARGS...} runs the mode, then writes to RESULT its seconds, CPU
 * seconds, peak heap and counts. Modes: {@code generate DIR KEY N}, {@code write-baseline INPUT DB [USER]},
 * {@code read-baseline DB LABEL [USER]}, {@code agreement DATA KEY RUN [URL [USER]]} and {@code inspect ARGS...} (the
 * command line the step JVM's main class hands over, returning its exit code). {@code DB} is the folder of an
 * embedded database or the JDBC URL of a server's; a server's password comes from {@code INSPECT_DB_PASSWORD}.
 */
public final class StepMain {

    private StepMain() {
    }

    /** Runs the step {@code args} names, {@code cli} running the command line of an {@code inspect} step. */
    public static void run(String[] args, ToIntFunction<String[]> cli, Map<String, String> env) throws Exception {
        Path result = Path.of(args[0]);
        String mode = args[1];
        String[] rest = Arrays.copyOfRange(args, 2, args.length);
        Properties out = new Properties();
        PeakHeap heap = PeakHeap.watch();
        long start = System.nanoTime();
        long cpu = cpuNanos();
        int code = 0;
        switch (mode) {
            case "generate" -> generate(rest, out);
            case "write-baseline" -> out.setProperty("rows",
                    Long.toString(WriteBaseline.load(Path.of(rest[0]), database(rest[1], rest, 2, env))));
            case "read-baseline" -> out.setProperty("rows",
                    Long.toString(ReadBaseline.readAll(database(rest[0], rest, 2, env), rest[1])));
            case "agreement" -> KeyCheck.compare(Path.of(rest[0]),
                    rest.length > 3 ? database(rest[3], rest, 4, env) : DatabaseSettings.embedded(), Path.of(rest[1]),
                    Long.parseLong(rest[2]), out);
            case "inspect" -> code = cli.applyAsInt(rest);
            default -> throw new IllegalArgumentException("unknown bench mode " + mode);
        }
        out.setProperty("seconds", Double.toString((System.nanoTime() - start) / 1e9));
        out.setProperty("cpuSeconds", Double.toString((cpuNanos() - cpu) / 1e9));
        out.setProperty("peakHeap", Long.toString(heap.bytes()));
        out.setProperty("exit", Integer.toString(code));
        if (code == 0) {
            try (OutputStream o = Files.newOutputStream(result)) {
                out.store(o, "bench step " + mode);
            }
        }
        System.exit(code);
    }

    /** The database a baseline works on: a server's JDBC URL (user at {@code userAt}), else an embedded one's folder. */
    private static DatabaseSettings database(String target, String[] rest, int userAt, Map<String, String> env) {
        if (target.startsWith("jdbc:")) {
            return new DatabaseSettings(target, rest.length > userAt ? rest[userAt] : null,
                    env.get(DatabaseSettings.PASSWORD_ENV));
        }
        return new DatabaseSettings(Database.url(Path.of(target)), "SA", "");
    }

    private static void generate(String[] rest, Properties out) {
        DemoSummary s = DemoCity.write(Path.of(rest[0]), Path.of(rest[1]),
                DemoOptions.defaults().withHouseholds(Integer.parseInt(rest[2])));
        long rows = 0;
        for (Map.Entry<String, Long> e : s.rowsPerFile().entrySet()) {
            if (e.getKey().endsWith(".csv")) {
                rows += e.getValue();
            }
        }
        out.setProperty("rows", Long.toString(rows));
        out.setProperty("households", Long.toString(s.rowsPerFile().getOrDefault("households.csv", 0L)));
    }

    private static long cpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }
}
