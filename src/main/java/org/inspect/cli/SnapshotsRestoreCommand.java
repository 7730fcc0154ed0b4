package org.inspect.cli;

import java.util.concurrent.Callable;
import org.inspect.error.ExitCodes;
import org.inspect.importing.ImportService;
import org.inspect.store.Snapshots;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code inspect snapshots restore LABEL}: brings back the version of a label that the last import replaced. */
@Command(name = "restore", resourceBundle = "org.inspect.cli.trust", mixinStandardHelpOptions = true)
final class SnapshotsRestoreCommand implements Callable<Integer> {

    private final Console console;

    SnapshotsRestoreCommand(Console console) {
        this.console = console;
    }

    @Mixin
    GlobalOptions global;

    @Parameters(paramLabel = "LABEL", descriptionKey = "snapshots.restore.label")
    String label;

    @Override
    public Integer call() {
        try (Workspace ws = Workspace.open(global)) {
            ImportService.Restored r = new ImportService(ws.database(), null).restore(label);
            console.println(Messages.get("snapshots.restored", label, r.restoredId(), r.replacedId()));
            for (String table : Snapshots.ROLL_TABLES) {
                console.println(String.format("  %-20s %s", table,
                        Messages.get("import.beforeAfter", r.before().get(table), r.after().get(table))));
            }
        }
        return ExitCodes.OK;
    }
}
