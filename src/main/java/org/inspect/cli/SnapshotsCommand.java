package org.inspect.cli;

import java.util.concurrent.Callable;
import org.inspect.error.ExitCodes;
import org.inspect.store.Snapshots;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code inspect snapshots}: lists the imported snapshots with their row counts. */
@Command(name = "snapshots", resourceBundle = "org.inspect.cli.messages", mixinStandardHelpOptions = true)
public final class SnapshotsCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Override
    public Integer call() {
        try (Workspace ws = Workspace.open(global)) {
            var list = new Snapshots(ws.database()).list();
            if (list.isEmpty()) {
                Console.println(Messages.get("snapshots.none"));
                return ExitCodes.OK;
            }
            for (Snapshots.Info s : list) {
                Console.println(Messages.get("snapshots.line", s.label(), s.id(), s.publishedAt(), s.sourceDir()));
                StringBuilder sb = new StringBuilder("   ");
                s.rowCounts().forEach((t, n) -> sb.append(' ').append(t).append('=').append(n));
                Console.println(sb.toString());
            }
        }
        return ExitCodes.OK;
    }
}
