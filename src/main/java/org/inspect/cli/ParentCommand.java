package org.inspect.cli;

import java.util.concurrent.Callable;
import org.inspect.error.ExitCodes;
import picocli.CommandLine;

/**
 * A command that groups verbs ({@code inspect}, {@code inspect rectify}, {@code inspect users}, …): given none of
 * them it prints its usage, as picocli's own {@code git} example does. Its options and verbs are its subclass's.
 */
abstract class ParentCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
