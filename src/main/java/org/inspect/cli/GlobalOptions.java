package org.inspect.cli;

import java.nio.file.Path;
import org.inspect.config.Settings;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Options every verb takes: {@code --data DIR} and {@code -v}. They may be given before or after the verb;
 * a value given on the verb wins over one given on the root command.
 */
final class GlobalOptions {

    /** Environment variable that sets the data folder when {@code --data} is absent. */
    public static final String DATA_ENV = "INSPECT_DATA";

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--data", paramLabel = "DIR", descriptionKey = "option.data")
    Path data;

    @Option(names = {"-v", "--verbose"}, descriptionKey = "option.verbose")
    boolean verbose;

    @Option(names = "--db-url", paramLabel = "URL", descriptionKey = "option.dbUrl")
    String dbUrl;

    @Option(names = "--db-user", paramLabel = "USER", descriptionKey = "option.dbUser")
    String dbUser;

    @Option(names = "--db-password", paramLabel = "PASSWORD", descriptionKey = "option.dbPassword")
    String dbPassword;

    /** The data folder: this command's {@code --data}, else a parent's, else {@code $INSPECT_DATA}, else {@code ./data}. */
    public Path dataDir() {
        for (CommandSpec s = mixee; s != null; s = s.parent()) {
            GlobalOptions g = of(s);
            if (g != null && g.data != null) {
                return g.data;
            }
        }
        String env = System.getenv(DATA_ENV);
        return Path.of(env == null || env.isBlank() ? "data" : env);
    }

    /**
     * The city's settings: the config and templates folders {@code $INSPECT_CONFIG} and {@code $INSPECT_TEMPLATES}
     * name, else {@code ./config} and {@code ./templates}. The CLI finds them here and gives them to the services.
     */
    public Settings settings() {
        return Settings.of(System.getenv());
    }

    /**
     * The database to use: {@code --db-url}/{@code --db-user}/{@code --db-password} (this command's, else a
     * parent's), else {@code config/database.properties} and {@code INSPECT_DB_PASSWORD}; none of them: the
     * embedded database of the data folder.
     */
    public org.inspect.store.DatabaseSettings databaseSettings() {
        return org.inspect.store.DatabaseSettings.resolve(inherited(g -> g.dbUrl), inherited(g -> g.dbUser),
                inherited(g -> g.dbPassword), settings(), System.getenv());
    }

    private String inherited(java.util.function.Function<GlobalOptions, String> option) {
        for (CommandSpec s = mixee; s != null; s = s.parent()) {
            GlobalOptions g = of(s);
            if (g != null && option.apply(g) != null) {
                return option.apply(g);
            }
        }
        return null;
    }

    public boolean verbose() {
        for (CommandSpec s = mixee; s != null; s = s.parent()) {
            GlobalOptions g = of(s);
            if (g != null && g.verbose) {
                return true;
            }
        }
        return false;
    }

    private static GlobalOptions of(CommandSpec spec) {
        CommandSpec mixin = spec.mixins().get("global");
        if (mixin == null) {
            return null;
        }
        Object user = mixin.userObject();
        return user instanceof GlobalOptions g ? g : null;
    }

    /** Whether -v was given to the command or any command above it (a command without the mixin asks its parent). */
    static boolean isVerbose(CommandLine line) {
        for (CommandLine l = line; l != null; l = l.getParent()) {
            GlobalOptions g = of(l.getCommandSpec());
            if (g != null) {
                return g.verbose();
            }
        }
        return false;
    }
}
