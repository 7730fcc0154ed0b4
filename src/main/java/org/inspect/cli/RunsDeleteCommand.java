package org.inspect.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.inspect.error.ExitCodes;
import org.inspect.runs.RunKind;
import org.inspect.runs.Runs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code inspect runs delete check|sample|compare RUN}: deletes a run with what it stored, then frees the replaced
 * snapshot versions nothing refers to any more.
 */
@Command(name = "delete", resourceBundle = "org.inspect.cli.trust", mixinStandardHelpOptions = true)
final class RunsDeleteCommand implements Callable<Integer> {

    private final Console console;

    RunsDeleteCommand(Console console) {
        this.console = console;
    }

    /** The kinds a user names on the command line. */
    enum Kind { check, sample, compare }

    @Mixin
    GlobalOptions global;

    @Parameters(index = "0", paramLabel = "KIND", descriptionKey = "runs.delete.kind")
    Kind kind;

    @Parameters(index = "1", paramLabel = "RUN", descriptionKey = "runs.delete.run")
    long run;

    @Override
    public Integer call() {
        try (Workspace ws = Workspace.open(global)) {
            new Runs(ws.database()).delete(RunKind.valueOf(kind.name().toUpperCase(Locale.ROOT)), run);
            console.println(Messages.get("runs.deleted", kind, run));
        }
        return ExitCodes.OK;
    }
}
