package org.inspect.context;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * What a service is given by the shell that calls it (the CLI, a web request, a test, the demo): the clock that
 * dates what it records, the account acting, and the locale of the person it answers.
 */
public record Context(Clock clock, Actor actor, Locale locale) {

    /** The time of day an event recorded on a campaign day carries: the office's morning. */
    public static final LocalTime OFFICE_HOURS = LocalTime.of(9, 0);

    /** The city's time zone: the campaign's days are Beijing days, whatever the machine's zone. */
    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    /** A clock that stands at the office's morning, Beijing time, on campaign day {@code day}. */
    public static Clock officeClock(LocalDate day) {
        return Clock.fixed(day.atTime(OFFICE_HOURS).atZone(BEIJING).toInstant(), BEIJING);
    }

    public Context {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(locale, "locale");
    }

    /** The day it is by this context's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The moment it is by this context's clock. */
    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** The same context, dated by {@code other}. */
    public Context withClock(Clock other) {
        return new Context(other, actor, locale);
    }

    /** The same context, dated on campaign day {@code day} ({@link #officeClock}). */
    public Context on(LocalDate day) {
        return withClock(officeClock(day));
    }

    /** The same context, acted in by {@code other}. */
    public Context as(Actor other) {
        return new Context(clock, other, locale);
    }
}
