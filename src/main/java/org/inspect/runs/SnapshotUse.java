package org.inspect.runs;

/** One run referring to a snapshot version ({@code NOTICES} with the check run's id). */
public record SnapshotUse(long snapshotId, RunKind kind, long runId) {
}
