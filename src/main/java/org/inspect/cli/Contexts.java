package org.inspect.cli;

import java.time.Clock;
import java.util.Locale;
import org.inspect.context.Actor;
import org.inspect.context.Context;

/**
 * The context a command's services act in. Only the CLI reads the wall clock, the system locale and the
 * operating-system user; everything below it is given them here.
 */
final class Contexts {

    private Contexts() {
    }

    /** The wall clock, the operator named {@code as} (else the operating-system user), the system locale. */
    static Context of(String as) {
        return new Context(Clock.systemDefaultZone(), Actor.operator(who(as)), Locale.getDefault());
    }

    /** The context of a command that records no actor of its own (reports, lists): the operating-system user. */
    static Context system() {
        return of(null);
    }

    /** Who acts: {@code as}, else the operating-system user. */
    static String who(String as) {
        return as != null && !as.isBlank() ? as.strip() : System.getProperty("user.name", "unknown");
    }
}
