package org.inspect.context;

import java.util.EnumSet;
import java.util.Set;

/**
 * What an account may do (issue 21), the one table the CLI, the web pages and the services ask. A county officer's
 * permissions hold only inside its county ({@link Actor#covers}).
 */
public enum Permission {
    /** Read lists, findings (masked), documents and histories. */
    READ,
    /** Add, disable accounts and change their passwords. */
    MANAGE_ACCOUNTS,
    /** Import rolls, run checks and samples, record field verdicts and visits, reconcile, import ledgers. */
    INSPECT,
    /** Record the county's response or contest of one of its items. */
    RESPOND,
    /** Accept, return, reopen and confirm items (the city's review, 复核). */
    REVIEW,
    /** Issue and correct notices. */
    ISSUE,
    /** See identity numbers and names unmasked (内部资料). */
    FULL_DATA;

    /** The permissions of {@code role}. */
    public static Set<Permission> of(Role role) {
        return switch (role) {
            case ADMIN -> EnumSet.of(READ, MANAGE_ACCOUNTS);
            case INSPECTOR -> EnumSet.of(READ, INSPECT, FULL_DATA);
            case LEADER -> EnumSet.of(READ, REVIEW, ISSUE, FULL_DATA);
            case COUNTY -> EnumSet.of(READ, RESPOND);
            case VIEWER -> EnumSet.of(READ);
            case OPERATOR -> EnumSet.allOf(Permission.class);
        };
    }
}
