package org.inspect.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code inspect runs}: the stored runs as users of snapshot versions; {@code runs delete} removes one. */
@Command(name = "runs", resourceBundle = "org.inspect.cli.trust", mixinStandardHelpOptions = true,
        subcommands = RunsDeleteCommand.class)
final class RunsCommand extends ParentCommand {

    @Mixin
    GlobalOptions global;
}
