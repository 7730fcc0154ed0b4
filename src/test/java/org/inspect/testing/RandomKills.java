package org.inspect.testing;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Kills a child {@code inspect} at seeded random moments (as kill -9 would: {@code destroyForcibly}), drawn across
 * the duration of an uninterrupted run of the same command, for the crash tests of the import and the check. The
 * seed is printed (and can be given with {@code -Dinspect.test.killSeed=N}) so that a failing point can be replayed.
 */
public final class RandomKills {

    /**
     * Kill points a crash test draws in one run of the suite on one database: four, so eight a suite run (it runs on
     * HSQLDB and on PostgreSQL), new ones each run (the seed is the clock's). Ten a database made the crash tests
     * a quarter of the CI run's fifteen minutes.
     */
    public static final int POINTS = 4;

    private final Random random;
    private final long seed;
    private long startupMillis;
    private long runMillis;

    public RandomKills(String what) {
        this.seed = Long.getLong("inspect.test.killSeed", System.nanoTime());
        this.random = new Random(seed);
        System.out.println(what + ": kill points drawn with seed " + seed + " (-Dinspect.test.killSeed=" + seed + ")");
    }

    public long seed() {
        return seed;
    }

    /**
     * Runs {@code args} to the end in a child JVM (the uninterrupted reference) and measures it, and a child that
     * only starts ({@code --version}), so that kill times fall across the job rather than the JVM's start-up.
     */
    public int reference(String... args) throws Exception {
        long t0 = System.nanoTime();
        int started = run(List.of("--version"));
        startupMillis = (System.nanoTime() - t0) / 1_000_000;
        if (started != 0) {
            throw new IllegalStateException("inspect --version exited " + started);
        }
        t0 = System.nanoTime();
        int exit = run(List.of(args));
        runMillis = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("reference run " + runMillis + " ms, of which start-up about " + startupMillis + " ms");
        return exit;
    }

    /** Starts {@code args} in a child JVM, kills it at the next random moment; returns whether it was still running. */
    public boolean killOnce(String... args) throws Exception {
        long span = Math.max(1, runMillis - startupMillis);
        long at = startupMillis + (long) (random.nextDouble() * span);
        Process p = new ProcessBuilder(ChildJvm.command(List.of(), args)).redirectErrorStream(true).start();
        drain(p.getInputStream());
        boolean exited = p.waitFor(at, TimeUnit.MILLISECONDS);
        p.destroyForcibly();
        p.waitFor(30, TimeUnit.SECONDS);
        System.out.println("  kill at " + at + " ms: " + (exited ? "had already ended" : "killed"));
        return !exited;
    }

    private static int run(List<String> args) throws Exception {
        Process p = new ProcessBuilder(ChildJvm.command(List.of(), args.toArray(String[]::new)))
                .redirectErrorStream(true).start();
        drain(p.getInputStream());
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("inspect " + args + " did not end in 5 minutes");
        }
        return p.exitValue();
    }

    /** Reads the child's output on a thread of its own, so that a full pipe never blocks it. */
    private static void drain(InputStream in) {
        Thread t = new Thread(() -> {
            try (in) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            } catch (IOException e) {
                // the child was killed: its pipe closes
            }
        });
        t.setDaemon(true);
        t.start();
    }
}
