package org.inspect.context;

import java.util.Objects;
import org.inspect.error.ForbiddenException;

/**
 * The account acting: its name (what every record names), its role, and the county it is limited to (null: the
 * whole city).
 */
public record Actor(String name, Role role, String countyCode) {

    public Actor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        if (role == Role.COUNTY && countyCode == null) {
            throw new IllegalArgumentException("a county officer needs a county");
        }
    }

    /** The operator of an embedded database without accounts, named {@code name}: every role, the whole city. */
    public static Actor operator(String name) {
        return new Actor(name, Role.OPERATOR, null);
    }

    /** Whether this actor may see and act on county {@code code}'s items and findings. */
    public boolean covers(String code) {
        return countyCode == null || countyCode.equals(code);
    }

    /** Whether this actor holds {@code wanted} (the operator holds every role). */
    public boolean is(Role wanted) {
        return role == wanted || role == Role.OPERATOR;
    }

    /** Whether this actor's role grants {@code p}. */
    public boolean can(Permission p) {
        return Permission.of(role).contains(p);
    }

    /** Refuses unless this actor's role grants {@code p}. */
    public void require(Permission p) {
        if (!can(p)) {
            throw new ForbiddenException(name + " (" + role + ") may not " + p).localized("access.denied", name,
                    role.chinese(), role.name(), p.name());
        }
    }

    /** Refuses unless this actor's role grants {@code p} and it covers county {@code code}. */
    public void require(Permission p, String code) {
        require(p);
        if (!covers(code)) {
            throw new ForbiddenException(name + " may not act on county " + code).localized("access.county", name,
                    code);
        }
    }
}
