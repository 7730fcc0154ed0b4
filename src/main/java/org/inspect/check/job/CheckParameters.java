package org.inspect.check.job;

import java.time.LocalDate;
import java.util.Properties;

/** The check job's parameters: the run it fills, its snapshot, reference date and optional sample run. */
public record CheckParameters(long runId, long snapshotId, LocalDate asOf, Long sampleRunId) {

    public Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("runId", Long.toString(runId));
        p.setProperty("snapshotId", Long.toString(snapshotId));
        p.setProperty("asOf", asOf.toString());
        if (sampleRunId != null) {
            p.setProperty("sampleRunId", Long.toString(sampleRunId));
        }
        return p;
    }

    static CheckParameters of(Properties p) {
        String sample = p.getProperty("sampleRunId");
        return new CheckParameters(Long.parseLong(p.getProperty("runId")), Long.parseLong(p.getProperty("snapshotId")),
                LocalDate.parse(p.getProperty("asOf")), sample == null ? null : Long.valueOf(sample));
    }
}
