package org.inspect.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.inspect.context.Actor;
import org.inspect.context.Context;

/** Contexts for tests: a fixed Beijing-time clock and a named operator. */
public final class TestContexts {

    private TestContexts() {
    }

    /** A context dated at {@code instant} (ISO, e.g. 2019-04-02T08:30:00Z) in Beijing time, acted by "tester". */
    public static Context at(String instant) {
        return new Context(Clock.fixed(Instant.parse(instant), ZoneId.of("Asia/Shanghai")), Actor.operator("tester"),
                Locale.ROOT);
    }

    /** A context on the wall clock, acted by "tester". */
    public static Context now() {
        return new Context(Clock.systemDefaultZone(), Actor.operator("tester"), Locale.ROOT);
    }

    /** The operator named {@code name}. */
    public static Actor named(String name) {
        return Actor.operator(name);
    }
}
