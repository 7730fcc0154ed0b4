package org.inspect.cli;

import java.util.concurrent.Callable;
import org.inspect.error.ExitCodes;
import org.inspect.error.InspectException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The root command: prints usage; each verb is a subcommand class of its own. */
@Command(name = "inspect",
        resourceBundle = "org.inspect.cli.messages",
        mixinStandardHelpOptions = true,
        versionProvider = InspectCommand.Version.class,
        subcommands = {
            // the workflow first, in its order (import → check → sample → report → notices → rectify)
            ImportCommand.class,
            CheckCommand.class,
            CriteriaCommand.class,
            SampleCommand.class,
            ReportCommand.class,
            NoticesCommand.class,
            SnapshotsCommand.class,
            StandardsCommand.class,
            RunsCommand.class,
            FocusCommand.class,
            FindingsCommand.class,
            FindingCommand.class,
            CompareCommand.class,
            PlanCommand.class,
            VerifySampleCommand.class,
            DisclosureCommand.class,
            VerifyReportCommand.class,
            RectifyCommand.class,
            JobsCommand.class,
            DbCommand.class,
            RestartCommand.class,
            DemoCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class,
        })
public final class InspectCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    /** Builds the command line with the shared error handling; tests call this instead of {@link Main}. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new InspectCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler(new UsageErrors());
        cl.registerConverter(java.time.LocalDate.class, new DateConverter());
        HelpText.localise(cl);
        cl.setOut(Console.writer(System.out));
        cl.setErr(Console.writer(System.err));
        cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
            boolean verbose = GlobalOptions.isVerbose(line);
            if (ex instanceof InspectException ie) {
                Console.error(ie.messageKey() == null ? ie.getMessage() : Messages.get(ie.messageKey(), ie.messageArgs()));
                if (verbose) {
                    ex.printStackTrace(line.getErr());
                }
                return ie.exitCode();
            }
            Console.error(Messages.get("error.internal", ex.toString()));
            if (verbose) {
                ex.printStackTrace(line.getErr());
            } else {
                Console.error(Messages.get("error.internal.hint"));
            }
            return ExitCodes.INTERNAL;
        });
        return cl;
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The toolkit version from the jar manifest (or "dev" when run from classes). */
    public static String toolkitVersion() {
        String v = InspectCommand.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"inspect " + toolkitVersion()};
        }
    }
}
