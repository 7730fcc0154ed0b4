package org.inspect.check.job;

import org.inspect.config.ConfigFiles;
import org.inspect.rules.ExclusionCriteria;

/** The reader of reasons: the city's {@code config/reason-words.txt}, else the shipped copy. */
public final class CriteriaConfig {

    static final String FILE = "reason-words.txt";

    private CriteriaConfig() {
    }

    public static ExclusionCriteria load() {
        return ConfigFiles.local(FILE).map(ExclusionCriteria::load).orElseGet(ExclusionCriteria::fromClasspath);
    }

    /** Where the word list is read from, for messages. */
    public static String describe() {
        return ConfigFiles.describe(FILE);
    }
}
