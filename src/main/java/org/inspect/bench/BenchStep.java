package org.inspect.bench;

/**
 * One timed step of a bench run: how many rows (or households) it handled, its seconds (wall clock and CPU of
 * its JVM), the peak heap of its JVM, and its time divided by the time of its baseline ({@code NaN} for a
 * baseline itself).
 */
public record BenchStep(String name, long households, long rows, Unit unit, double seconds, double cpuSeconds,
        long peakHeapBytes, String baseline, double ratio) {

    /** What a step's throughput counts. */
    public enum Unit { ROWS, HOUSEHOLDS }

    /** The count its throughput is measured in. */
    public long count() {
        return unit == Unit.ROWS ? rows : households;
    }

    /** Rows or households a second. */
    public double perSecond() {
        return seconds <= 0 ? 0 : count() / seconds;
    }

    /** Whether this step is a baseline (it has no baseline of its own). */
    public boolean isBaseline() {
        return baseline == null;
    }

    BenchStep against(BenchStep base) {
        return new BenchStep(name, households, rows, unit, seconds, cpuSeconds, peakHeapBytes, base.name(),
                base.seconds() <= 0 ? Double.NaN : seconds / base.seconds());
    }
}
