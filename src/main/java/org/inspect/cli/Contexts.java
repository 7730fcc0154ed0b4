package org.inspect.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import org.inspect.context.Actor;
import org.inspect.context.Context;

/**
 * The context a command's services act in. Only the CLI reads the wall clock, the system locale and the
 * operating-system user; everything below it is given them here. A command that writes a document or records an
 * event is dated by the campaign's day ({@link DateOption}), never by the computer's.
 */
final class Contexts {

    /** The time of day an event recorded on a campaign day carries (the office's morning, Beijing time). */
    static final LocalTime OFFICE_HOURS = LocalTime.of(9, 0);

    /** The city's time zone: the campaign's days are Beijing days, whatever the machine's zone. */
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

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

    /** The operator named {@code as} (else the operating-system user), dated {@code day} at 09:00 Beijing time. */
    static Context on(LocalDate day, String as) {
        return of(as).withClock(clock(day));
    }

    /** A clock that stands at 09:00 Beijing time on {@code day}. */
    static Clock clock(LocalDate day) {
        return Clock.fixed(day.atTime(OFFICE_HOURS).atZone(BEIJING).toInstant(), BEIJING);
    }

    /** Who acts: {@code as}, else the operating-system user. */
    static String who(String as) {
        return as != null && !as.isBlank() ? as.strip() : System.getProperty("user.name", "unknown");
    }
}
