package org.inspect.compare.job;

import java.time.LocalDate;
import java.util.Properties;

/** The compare job's parameters: the run it fills, its snapshot and reference date, and the run it compares against. */
public record CompareParameters(long runId, long snapshotId, LocalDate asOf, Long againstRunId) {

    public Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("runId", Long.toString(runId));
        p.setProperty("snapshotId", Long.toString(snapshotId));
        p.setProperty("asOf", asOf.toString());
        if (againstRunId != null) {
            p.setProperty("againstRunId", Long.toString(againstRunId));
        }
        return p;
    }

    static CompareParameters of(Properties p) {
        String against = p.getProperty("againstRunId");
        return new CompareParameters(Long.parseLong(p.getProperty("runId")), Long.parseLong(p.getProperty("snapshotId")),
                LocalDate.parse(p.getProperty("asOf")), against == null ? null : Long.valueOf(against));
    }
}
