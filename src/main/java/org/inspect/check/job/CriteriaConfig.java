package org.inspect.check.job;

import org.inspect.config.ConfigFiles;
import org.inspect.rules.ExclusionCriteria;

/** The exclusion-criteria patterns: the city's {@code config/exclusion-criteria.txt}, else the shipped copy. */
public final class CriteriaConfig {

    static final String FILE = "exclusion-criteria.txt";

    private CriteriaConfig() {
    }

    public static ExclusionCriteria load() {
        return ConfigFiles.local(FILE).map(ExclusionCriteria::load).orElseGet(ExclusionCriteria::fromClasspath);
    }
}
