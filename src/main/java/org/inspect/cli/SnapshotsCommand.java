package org.inspect.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.inspect.error.ExitCodes;
import org.inspect.importing.ImportService;
import org.inspect.runs.SnapshotUse;
import org.inspect.store.Snapshots;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code inspect snapshots}: lists the imported snapshots with their row counts; with {@code --all} every kept
 * version of each label, with the runs that refer to it.
 */
@Command(name = "snapshots", resourceBundle = "org.inspect.cli.messages", mixinStandardHelpOptions = true,
        subcommands = SnapshotsRestoreCommand.class)
final class SnapshotsCommand implements Callable<Integer> {

    private final Console console;

    SnapshotsCommand(Console console) {
        this.console = console;
    }

    @Mixin
    GlobalOptions global;

    @Option(names = "--all", descriptionKey = "snapshots.all")
    boolean all;

    @Override
    public Integer call() {
        try (Workspace ws = Workspace.open(global)) {
            ImportService imports = new ImportService(ws.database(), null);
            var list = imports.snapshots(all);
            if (list.isEmpty()) {
                console.println(Messages.get("snapshots.none"));
                return ExitCodes.OK;
            }
            Map<Long, List<SnapshotUse>> uses = all ? imports.usesBySnapshot() : Map.of();
            for (Snapshots.Info s : list) {
                console.println(Messages.get("snapshots.line", s.label(), s.id(),
                        s.publishedAt() == null ? "-" : s.publishedAt().withNano(0).toString().replace('T', ' '),
                        s.sourceDir()));
                StringBuilder sb = new StringBuilder("   ");
                s.rowCounts().forEach((t, n) -> sb.append(' ').append(Messages.get("snapshots.count", tableWord(t), n)));
                console.println(sb.toString());
                if (all) {
                    console.println("    " + Messages.get("snapshots.status." + s.status()));
                    for (SnapshotUse u : uses.getOrDefault(s.id(), List.of())) {
                        console.println("    " + Messages.get("snapshots.usedBy." + u.kind(), u.runId()));
                    }
                }
            }
        }
        return ExitCodes.OK;
    }

    /** A roll table in words (家庭); the table's name (household, as the English line has it) when the bundle has none. */
    static String tableWord(String table) {
        String key = "snapshots.table." + table;
        String word = Messages.get(key);
        return word.equals(key) ? table : word;
    }
}
