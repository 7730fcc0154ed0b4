package org.inspect.cli;

import picocli.CommandLine.Option;

/**
 * {@code --user NAME}: the account a moving verb acts as (issue 21), its password from {@code INSPECT_PASSWORD} or
 * asked on the terminal. Needed on a database with accounts and on PostgreSQL; see {@link Contexts#acting}.
 */
final class UserOption {

    @Option(names = "--user", paramLabel = "NAME", descriptionKey = "option.user")
    String user;

    /** The context the command acts in on {@code ws}: the signed-in account, or the one operator. */
    org.inspect.context.Context context(Workspace ws, Console console) {
        return Contexts.acting(ws, user, console);
    }

    /** As {@link #context(Workspace, Console)}, recording its events on campaign day {@code day}. */
    org.inspect.context.Context context(Workspace ws, Console console, java.time.LocalDate day) {
        return Contexts.acting(ws, user, console, day);
    }

    /**
     * The context of an inspector's verb (import, check, sample, field visit): the account must hold
     * {@link org.inspect.context.Permission#INSPECT}; a signed-in account's log records {@code action} on {@code subject}.
     */
    org.inspect.context.Context inspector(Workspace ws, Console console, String action, String subject) {
        org.inspect.context.Context c = context(ws, console);
        c.actor().require(org.inspect.context.Permission.INSPECT);
        // the log is of accounts' actions, attempts included; the one operator of a database without accounts has no
        // log (a refused import of one person working alone leaves the database exactly as it was)
        if (c.actor().role() != org.inspect.context.Role.OPERATOR) {
            new org.inspect.account.Accounts(ws.database(), c, org.inspect.context.Policy.load(ws.settings()))
                    .record(action, subject);
        }
        return c;
    }
}
