package org.inspect.runs;

/** The kinds of run that refer to a snapshot version. */
public enum RunKind {
    CHECK, SAMPLE, COMPARE, NOTICES
}
