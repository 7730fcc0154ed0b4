package org.inspect.account;

import java.time.LocalDateTime;
import org.inspect.context.Actor;
import org.inspect.context.Role;

/** An account as stored, without its password hash. */
public record Account(String name, Role role, String countyCode, boolean disabled, int failedAttempts,
        LocalDateTime lockedUntil, LocalDateTime createdAt) {

    /** The actor this account signs in as. */
    public Actor actor() {
        return new Actor(name, role, countyCode);
    }

    /** Whether it is locked at {@code now}. */
    public boolean lockedAt(LocalDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
