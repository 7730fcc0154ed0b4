package org.inspect.sampling.job;

import java.util.Properties;

/** The sample job's parameters: the run to draw (its plan, seed, team size and snapshot are stored with it). */
public record SampleParameters(long runId) {

    public Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("runId", Long.toString(runId));
        return p;
    }

    static SampleParameters of(Properties p) {
        return new SampleParameters(Long.parseLong(p.getProperty("runId")));
    }
}
