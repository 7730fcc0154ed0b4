package org.inspect.cli;

import java.util.Locale;
import org.inspect.rectification.Action;
import org.inspect.rectification.Rectification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code inspect rectify ...}: follows every item of an issued notice to closure (整改销号); prints usage. */
@Command(name = "rectify", resourceBundle = "org.inspect.cli.rectify", mixinStandardHelpOptions = true,
        subcommands = {
            RectifyListCommand.class,
            RectifyShowCommand.class,
            RectifyRespondCommand.class,
            RectifyContestCommand.class,
            RectifyAcceptCommand.class,
            RectifyReturnCommand.class,
            RectifyReopenCommand.class,
            RectifyConfirmCommand.class,
            RectifyHistoryCommand.class,
            RectifyAuditCommand.class,
            RectifyLedgerCommand.class,
            RectifyImportCommand.class,
            RectifyReconcileCommand.class,
            RectifyReportCommand.class,
        })
final class RectifyCommand extends ParentCommand {

    @Mixin
    GlobalOptions global;

    /**
     * The service over the workspace's database, acted in {@code context} (the signed-in account's), four eyes as
     * the city's {@code config/access.properties} says.
     */
    static Rectification service(Workspace ws, org.inspect.context.Context context) {
        return new Rectification(ws.database(), context, org.inspect.context.Policy.load(ws.settings()));
    }

    /**
     * The command a user types for a rectification action ({@code rectify respond}; a withdrawal follows
     * {@code finding dismiss}).
     */
    static String command(Action action) {
        return action == Action.WITHDRAW ? "finding dismiss" : "rectify " + action.name().toLowerCase(Locale.ROOT);
    }

    /** The service over the workspace's database, for a command that only reads. */
    static Rectification service(Workspace ws) {
        return service(ws, Contexts.system());
    }
}
