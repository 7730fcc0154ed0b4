package org.inspect.cli;

import java.util.concurrent.Callable;
import org.inspect.error.ExitCodes;
import org.inspect.store.Database;
import org.inspect.store.DatabaseCopy;
import org.inspect.store.DatabaseSettings;
import org.inspect.store.Schema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code inspect db}: which database the toolkit uses and its schema ({@code status}), preparing an empty
 * PostgreSQL database ({@code init}), and moving the embedded database's contents to a server ({@code copy}).
 */
@Command(name = "db", resourceBundle = "org.inspect.cli.database", mixinStandardHelpOptions = true,
        subcommands = {DbCommand.Status.class, DbCommand.Init.class, DbCommand.Copy.class})
final class DbCommand extends ParentCommand {

    @Mixin
    GlobalOptions global;

    /** {@code inspect db status}: the database in use, its schema version and the migrations still to apply. */
    @Command(name = "status", resourceBundle = "org.inspect.cli.database", mixinStandardHelpOptions = true)
    static final class Status implements Callable<Integer> {
        private final Console console;

        Status(Console console) {
            this.console = console;
        }

        @Mixin
        GlobalOptions global;

        @Override
        public Integer call() {
            try (Workspace ws = Workspace.open(global)) {
                print(console, ws.database());
            }
            return ExitCodes.OK;
        }
    }

    /** {@code inspect db init}: creates (or upgrades) the toolkit's tables in the database, then shows its status. */
    @Command(name = "init", resourceBundle = "org.inspect.cli.database", mixinStandardHelpOptions = true)
    static final class Init implements Callable<Integer> {
        private final Console console;

        Init(Console console) {
            this.console = console;
        }

        @Mixin
        GlobalOptions global;

        @Override
        public Integer call() {
            try (Database db = Database.open(global.dataDir(), global.databaseSettings())) {
                console.println(Messages.get("db.init.done"));
                print(console, db);
            }
            return ExitCodes.OK;
        }
    }

    /** {@code inspect db copy --to URL}: copies this database's snapshots and runs into another, empty one. */
    @Command(name = "copy", resourceBundle = "org.inspect.cli.database", mixinStandardHelpOptions = true)
    static final class Copy implements Callable<Integer> {
        private final Console console;

        Copy(Console console) {
            this.console = console;
        }

        @Mixin
        GlobalOptions global;

        @Option(names = "--to", paramLabel = "URL", required = true, descriptionKey = "option.to")
        String to;

        @Option(names = "--to-user", paramLabel = "USER", descriptionKey = "option.toUser")
        String toUser;

        @Option(names = "--to-password", paramLabel = "PASSWORD", descriptionKey = "option.toPassword")
        String toPassword;

        @Override
        public Integer call() {
            DatabaseSettings target = new DatabaseSettings(to, toUser,
                    toPassword != null ? toPassword : System.getenv(DatabaseSettings.PASSWORD_ENV));
            try (Workspace ws = Workspace.open(global);
                    Database dst = Database.open(global.dataDir(), target)) {
                console.println(Messages.get("db.copy.start", where(ws.database()), target.describe()));
                var counts = DatabaseCopy.copy(ws.database(), dst, (table, rows) ->
                        console.println(String.format("  %-24s %,d", table, rows)));
                console.println(Messages.get("db.copy.done", counts.values().stream().mapToLong(Long::longValue).sum(),
                        target.describe()));
            }
            return ExitCodes.OK;
        }
    }

    private static String where(Database db) {
        return db.settings().isEmbedded() ? db.dataDir().resolve("db").toString() : db.settings().describe();
    }

    static void print(Console console, Database db) {
        Schema.Status s = db.schemaStatus();
        console.println(Messages.get("db.status.kind", Messages.get("db.kind." + db.kind().folder()), where(db)));
        console.println(Messages.get("db.status.version", s.current() == null ? "-" : s.current()));
        if (s.pending().isEmpty()) {
            console.println(Messages.get("db.status.upToDate"));
        } else {
            console.println(Messages.get("db.status.pending", s.pending().size(), String.join(", ", s.pending())));
        }
    }
}
