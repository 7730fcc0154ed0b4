package org.inspect.sampling.job;

import java.time.Instant;
import java.util.Properties;

/**
 * The sample job's parameters: the run to draw (its plan, seed, team size and snapshot are stored with it) and the
 * moment the draw is recorded as made (the caller's clock; a restart keeps it).
 */
public record SampleParameters(long runId, Instant drawnAt) {

    public Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("runId", Long.toString(runId));
        p.setProperty("drawnAt", drawnAt.toString());
        return p;
    }

    static SampleParameters of(Properties p) {
        return new SampleParameters(Long.parseLong(p.getProperty("runId")), Instant.parse(p.getProperty("drawnAt")));
    }
}
