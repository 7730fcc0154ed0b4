package org.inspect.cli;

import java.util.concurrent.Callable;
import org.inspect.error.ExitCodes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code inspect runs}: the stored runs as users of snapshot versions; {@code runs delete} removes one. */
@Command(name = "runs", resourceBundle = "org.inspect.cli.trust", mixinStandardHelpOptions = true,
        subcommands = RunsDeleteCommand.class)
final class RunsCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
