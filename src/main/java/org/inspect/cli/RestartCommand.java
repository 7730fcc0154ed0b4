package org.inspect.cli;

import java.util.concurrent.Callable;
import org.inspect.batch.JobResult;
import org.inspect.error.ExitCodes;
import org.inspect.error.NotFoundException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code inspect restart EXECUTION}: resumes a failed, stopped or killed job execution from its last checkpoint. */
@Command(name = "restart", resourceBundle = "org.inspect.cli.messages", mixinStandardHelpOptions = true)
public final class RestartCommand implements Callable<Integer> {

    private final Console console;

    RestartCommand(Console console) {
        this.console = console;
    }

    @Mixin
    GlobalOptions global;

    @Parameters(paramLabel = "EXECUTION", descriptionKey = "restart.execution")
    long execution;

    @Override
    public Integer call() {
        try (Workspace ws = Workspace.open(global, console.progress())) {
            java.util.Properties params;
            try {
                params = ws.batch().operator().getParameters(execution);
            } catch (jakarta.batch.operations.NoSuchJobExecutionException e) {
                // only a missing execution is "not found"; anything else (the repository unreadable, ...) is itself
                throw new NotFoundException(Messages.get("restart.notFound", execution), e);
            }
            JobResult r = ws.batch().restart(execution, params);
            if (!r.completed()) {
                throw JobFailures.of(r);
            }
            console.println(Messages.get("restart.done", execution, r.jobName(), r.executionId()));
        }
        return ExitCodes.OK;
    }
}
