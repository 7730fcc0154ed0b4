package org.inspect.cli;

import java.util.concurrent.Callable;
import org.inspect.batch.JobNotCompletedException;
import org.inspect.batch.JobResult;
import org.inspect.error.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code inspect restart EXECUTION}: resumes a failed, stopped or killed job execution from its last checkpoint. */
@Command(name = "restart", resourceBundle = "org.inspect.cli.messages", mixinStandardHelpOptions = true)
final class RestartCommand implements Callable<Integer> {

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
            JobResult r = JobNotCompletedException.unlessCompleted(ws.batch().restart(execution));
            console.println(Messages.get("restart.done", execution, r.jobName(), r.executionId()));
        }
        return ExitCodes.OK;
    }
}
