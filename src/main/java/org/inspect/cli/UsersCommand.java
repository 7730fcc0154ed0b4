package org.inspect.cli;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.inspect.account.Account;
import org.inspect.account.Accounts;
import org.inspect.context.Context;
import org.inspect.context.Policy;
import org.inspect.error.BadInputException;
import org.inspect.error.ExitCodes;
import org.inspect.model.Counties;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code inspect users add|passwd|disable|list}: the team's accounts (issue 21). The first account, an
 * administrator, is added by whoever holds the database; after that an administrator signs in with
 * {@code --user}. A new password comes from {@code INSPECT_NEW_PASSWORD} (for the first admin also
 * {@code INSPECT_PASSWORD}) or is asked twice on the terminal.
 */
@Command(name = "users", resourceBundle = "org.inspect.cli.account", mixinStandardHelpOptions = true,
        subcommands = {UsersCommand.Add.class, UsersCommand.Passwd.class, UsersCommand.Disable.class,
            UsersCommand.ListUsers.class})
final class UsersCommand extends ParentCommand {

    /** The new password of {@code users add} and {@code users passwd}. */
    static final String NEW_PASSWORD_ENV = "INSPECT_NEW_PASSWORD";

    @Mixin
    GlobalOptions global;

    /** The accounts service acted by the signed-in administrator (or, with no account yet, the operator). */
    static Accounts accounts(Workspace ws, UserOption account, Console console) {
        Accounts plain = new Accounts(ws.database(), Contexts.system(), Policy.load(ws.settings()));
        Context by = plain.any() ? account.context(ws, console) : Contexts.system();
        return new Accounts(ws.database(), by, Policy.load(ws.settings()));
    }

    /** A new password, from the environment or typed twice. */
    static char[] newPassword(Console console, boolean first, String name) {
        String prompt = Messages.get("account.newPassword.prompt", name);
        char[] a = console.secret(NEW_PASSWORD_ENV, prompt);
        if (a == null && first) {
            a = console.secret(Contexts.PASSWORD_ENV, prompt);
        }
        if (a == null) {
            throw new BadInputException("no password").localized("account.noPassword");
        }
        if (System.getenv(NEW_PASSWORD_ENV) == null && (!first || System.getenv(Contexts.PASSWORD_ENV) == null)
                && System.console() != null) {
            char[] b = console.secret("", Messages.get("account.newPassword.again", name));
            boolean same = Arrays.equals(a, b);
            if (b != null) {
                Arrays.fill(b, '\0');
            }
            if (!same) {
                Arrays.fill(a, '\0');
                throw new BadInputException("the passwords differ").localized("account.passwordsDiffer");
            }
        }
        return a;
    }

    @Command(name = "add", resourceBundle = "org.inspect.cli.account", mixinStandardHelpOptions = true)
    static final class Add implements Callable<Integer> {
        private final Console console;

        Add(Console console) {
            this.console = console;
        }

        @Mixin
        GlobalOptions global;

        @Mixin
        UserOption account;

        @Parameters(paramLabel = "NAME", descriptionKey = "users.name")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE", descriptionKey = "users.role")
        String role;

        @Option(names = "--county", paramLabel = "CODE", descriptionKey = "users.county")
        String county;

        @Override
        public Integer call() {
            try (Workspace ws = Workspace.create(global)) {
                Accounts accounts = accounts(ws, account, console);
                char[] password = newPassword(console, !accounts.any(), name);
                try {
                    Account a = accounts.add(name, Accounts.role(role), county, password);
                    console.println(Messages.get("users.added", a.name(), Messages.get("role." + a.role().name()),
                            a.countyCode() == null ? "-" : a.countyCode() + " " + Counties.name(a.countyCode())));
                } finally {
                    Arrays.fill(password, '\0');
                }
            }
            return ExitCodes.OK;
        }
    }

    /** What the verbs on one named account share: the signed-in admin, the account's name, the line printed. */
    abstract static class OnAccount implements Callable<Integer> {
        final Console console;

        OnAccount(Console console) {
            this.console = console;
        }

        @Mixin
        GlobalOptions global;

        @Mixin
        UserOption account;

        @Parameters(paramLabel = "NAME", descriptionKey = "users.name")
        String name;

        @Override
        public final Integer call() {
            try (Workspace ws = Workspace.open(global)) {
                apply(accounts(ws, account, console));
            }
            return ExitCodes.OK;
        }

        /** Changes account {@code name} and says so. */
        abstract void apply(Accounts accounts);
    }

    @Command(name = "passwd", resourceBundle = "org.inspect.cli.account", mixinStandardHelpOptions = true)
    static final class Passwd extends OnAccount {

        Passwd(Console console) {
            super(console);
        }

        @Override
        void apply(Accounts accounts) {
            char[] password = newPassword(console, false, name);
            try {
                accounts.passwd(name, password);
            } finally {
                Arrays.fill(password, '\0');
            }
            console.println(Messages.get("users.passwd", name));
        }
    }

    @Command(name = "disable", resourceBundle = "org.inspect.cli.account", mixinStandardHelpOptions = true)
    static final class Disable extends OnAccount {

        Disable(Console console) {
            super(console);
        }

        @Override
        void apply(Accounts accounts) {
            accounts.disable(name);
            console.println(Messages.get("users.disabled", name));
        }
    }

    @Command(name = "list", resourceBundle = "org.inspect.cli.account", mixinStandardHelpOptions = true)
    static final class ListUsers implements Callable<Integer> {
        private final Console console;

        ListUsers(Console console) {
            this.console = console;
        }

        @Mixin
        GlobalOptions global;

        @Mixin
        UserOption account;

        @Override
        public Integer call() {
            List<Account> all;
            try (Workspace ws = Workspace.open(global)) {
                all = accounts(ws, account, console).list();
            }
            TextTable t = new TextTable(List.of(Messages.get("users.col.name"), Messages.get("users.col.role"),
                    Messages.get("users.col.county"), Messages.get("users.col.state")));
            for (Account a : all) {
                t.row(List.of(a.name(), Messages.get("role." + a.role().name()),
                        a.countyCode() == null ? "-" : a.countyCode() + " " + Counties.name(a.countyCode()),
                        a.disabled() ? Messages.get("users.state.disabled") : a.lockedUntil() != null
                                ? Messages.get("users.state.locked", a.lockedUntil().withNano(0))
                                : Messages.get("users.state.active")));
            }
            t.print(console);
            return ExitCodes.OK;
        }
    }
}
