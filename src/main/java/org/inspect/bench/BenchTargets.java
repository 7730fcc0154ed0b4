package org.inspect.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The targets of issue 25 for a run of the bench at one size, per database: PostgreSQL, the database of a team or a
 * province, is held to a whole chain under five minutes; the embedded HSQLDB, which runs in the toolkit's own
 * process, to ten. Judged on the figures of one run; no test asserts a timing.
 */
public final class BenchTargets {

    /** What a target bounds, and how its value is read off a run. */
    public enum Kind {
        /** The import's speed relative to its write baseline: baseline seconds ÷ import seconds, at least the limit. */
        IMPORT_SPEED,
        /** A step's time relative to its baseline's, at most the limit. */
        RATIO,
        /** A step's seconds, below the limit. */
        SECONDS,
        /** The whole chain's seconds, below the limit. */
        CHAIN,
        /** The largest peak heap of any step, in MB, below the limit. */
        PEAK_HEAP
    }

    /** One target: its kind, the step it bounds ({@code null} for the chain and the heap) and its limit. */
    public record Target(Kind kind, String step, double limit) {
    }

    /** A target judged on a run: the value measured, the step it was measured on, and whether it met the limit. */
    public record Outcome(Target target, double value, String step, boolean met) {
    }

    /** The heap every step runs in ({@code -Xmx2g}), in MB: the peak heap target is to stay under it. */
    static final double HEAP_MB = 2048;

    private final List<Target> targets;

    private BenchTargets(List<Target> targets) {
        this.targets = List.copyOf(targets);
    }

    /** The targets of a run on the embedded HSQLDB ({@code embedded}) or on a PostgreSQL server. */
    public static BenchTargets of(boolean embedded) {
        List<Target> t = new ArrayList<>();
        t.add(new Target(Kind.IMPORT_SPEED, Bench.IMPORT, embedded ? 0.6 : 0.8));
        t.add(new Target(Kind.RATIO, Bench.CHECK, embedded ? 2 : 1.5));
        t.add(new Target(Kind.RATIO, Bench.COMPARE, embedded ? 2 : 1.5));
        if (!embedded) {
            for (String step : List.of(Bench.REPORT, Bench.NOTICES, Bench.DISCLOSURE)) {
                t.add(new Target(Kind.SECONDS, step, 60));
            }
        }
        t.add(new Target(Kind.CHAIN, null, embedded ? 600 : 300));
        t.add(new Target(Kind.PEAK_HEAP, null, HEAP_MB));
        return new BenchTargets(t);
    }

    public List<Target> targets() {
        return targets;
    }

    /** Each target judged on {@code run}; a target whose step did not run is left out. */
    public List<Outcome> judge(BenchResult run) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Target t : targets) {
            judge(t, run).ifPresent(outcomes::add);
        }
        return outcomes;
    }

    private static Optional<Outcome> judge(Target t, BenchResult run) {
        return switch (t.kind()) {
            case IMPORT_SPEED -> run.step(t.step()).map(s -> {
                double speed = 1 / s.ratio();
                return new Outcome(t, speed, s.name(), speed >= t.limit());
            });
            case RATIO -> run.step(t.step()).map(s -> new Outcome(t, s.ratio(), s.name(), s.ratio() <= t.limit()));
            case SECONDS -> run.step(t.step()).map(s -> new Outcome(t, s.seconds(), s.name(), s.seconds() < t.limit()));
            case CHAIN -> Optional.of(new Outcome(t, run.chainSeconds(), null, run.chainSeconds() < t.limit()));
            case PEAK_HEAP -> run.steps().stream()
                    .max((a, b) -> Long.compare(a.peakHeapBytes(), b.peakHeapBytes()))
                    .map(s -> {
                        double mb = s.peakHeapBytes() / 1048576.0;
                        return new Outcome(t, mb, s.name(), mb < t.limit());
                    });
        };
    }
}
