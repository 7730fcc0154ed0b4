/**
 * What every service is given instead of finding it for itself: the clock that dates what it records (the
 * campaign's working day, not the computer's), the account acting (its role and county), and the locale of the
 * person it answers. Nothing below {@code cli/} and {@code web/} reads the wall clock, the environment or the
 * operating-system user; they build a {@link org.inspect.context.Context} and pass it down.
 */
package org.inspect.context;
