package org.inspect.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.inspect.error.ExitCodes;
import org.inspect.store.Snapshots;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code inspect snapshots restore LABEL}: brings back the version of a label that the last import replaced. */
@Command(name = "restore", resourceBundle = "org.inspect.cli.trust", mixinStandardHelpOptions = true)
public final class SnapshotsRestoreCommand implements Callable<Integer> {

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
            Snapshots snapshots = new Snapshots(ws.database());
            Snapshots.Restored r = snapshots.restore(label);
            Map<String, Long> before = snapshots.rowCounts(r.replacedId());
            Map<String, Long> after = snapshots.rowCounts(r.restoredId());
            console.println(Messages.get("snapshots.restored", label, r.restoredId(), r.replacedId()));
            for (String table : Snapshots.ROLL_TABLES) {
                console.println(String.format("  %-20s %s", table,
                        Messages.get("import.beforeAfter", before.get(table), after.get(table))));
            }
        }
        return ExitCodes.OK;
    }
}
