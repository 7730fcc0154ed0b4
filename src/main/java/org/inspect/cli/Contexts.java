package org.inspect.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.inspect.account.Accounts;
import org.inspect.context.Actor;
import org.inspect.context.Context;
import org.inspect.context.Policy;
import org.inspect.error.ForbiddenException;
import org.inspect.store.Database;

/**
 * The context a command's services act in. Only the CLI reads the wall clock, the system locale and the
 * operating-system user; everything below it is given them here. A database with accounts, and any PostgreSQL
 * database, has its moving verbs signed in ({@code --user NAME}, the password from {@code INSPECT_PASSWORD} or the
 * terminal); an embedded database without any account keeps its one operator, named by the operating-system user.
 * A command that writes a document or records an event is dated by the campaign's day ({@link DateOption}), never
 * by the computer's.
 */
final class Contexts {

    /** Names the one person allowed to work without an account on a PostgreSQL database that has none yet. */
    static final String OPERATOR_ENV = "INSPECT_OPERATOR";
    /** The password of {@code --user}. */
    static final String PASSWORD_ENV = "INSPECT_PASSWORD";

    private Contexts() {
    }

    /** The context of a command that records no actor of its own (reports, lists): the operating-system user. */
    static Context system() {
        return operator(System.getProperty("user.name", "unknown"));
    }

    /** A clock that stands at 09:00 Beijing time on {@code day}. */
    static Clock clock(LocalDate day) {
        return Context.officeClock(day);
    }

    /** The context of a command that records no actor of its own, dated {@code day} at 09:00 Beijing time. */
    static Context on(LocalDate day) {
        return system().withClock(clock(day));
    }

    /** As {@link #acting(Workspace, String, Console)}, dated {@code day} at 09:00 Beijing time. */
    static Context acting(Workspace ws, String user, Console console, LocalDate day) {
        return acting(ws, user, console).withClock(clock(day));
    }

    private static Context operator(String name) {
        return new Context(Clock.systemDefaultZone(), Actor.operator(name), Locale.getDefault());
    }

    /**
     * The context of a moving verb: the account {@code user} signed in with its password, or (no account needed)
     * the operator.
     */
    static Context acting(Workspace ws, String user, Console console) {
        Database db = ws.database();
        Policy policy = Policy.load(ws.settings());
        Accounts accounts = new Accounts(db, system(), policy);
        boolean any = accounts.any();
        if (user == null || user.isBlank()) {
            String operator = System.getenv(OPERATOR_ENV);
            if (!needsAccount(any, db.settings().isEmbedded(), operator)) {
                return operator == null || operator.isBlank() ? system() : operator(operator.strip());
            }
            throw new ForbiddenException("sign in with --user NAME").localized(any ? "account.userRequired"
                    : "account.noAccounts");
        }
        if (!any) {
            throw new ForbiddenException("this database has no accounts").localized("account.noAccounts");
        }
        char[] password = console.secret(PASSWORD_ENV, Messages.get("account.password.prompt", user.strip()));
        if (password == null) {
            throw new ForbiddenException("no password").localized("account.noPassword");
        }
        try {
            Actor actor = accounts.signIn(user, password);
            return new Context(Clock.systemDefaultZone(), actor, Locale.getDefault());
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /**
     * Whether a moving verb needs an account: when the database has any, and on PostgreSQL (a shared server),
     * unless it has none yet and {@code INSPECT_OPERATOR} names the one person working on it.
     */
    static boolean needsAccount(boolean anyAccount, boolean embedded, String operatorEnv) {
        if (anyAccount) {
            return true;
        }
        return !embedded && (operatorEnv == null || operatorEnv.isBlank());
    }
}
