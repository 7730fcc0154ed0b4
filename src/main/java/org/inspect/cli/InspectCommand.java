package org.inspect.cli;

import org.inspect.batch.JobNotCompletedException;
import org.inspect.error.ExitCodes;
import org.inspect.importing.ImportService;
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
            UsersCommand.class,
            ServeCommand.class,
            JobsCommand.class,
            DbCommand.class,
            RestartCommand.class,
            DemoCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class,
        })
final class InspectCommand extends ParentCommand {

    @Mixin
    GlobalOptions global;

    /** Builds the command line on the process's stdout and stderr; tests call {@link #commandLine(Console)}. */
    public static CommandLine commandLine() {
        return commandLine(Console.system());
    }

    /**
     * Builds the command line with the shared error handling, every command writing through {@code console}
     * (commands that print take it in their constructor).
     */
    public static CommandLine commandLine(Console console) {
        CommandLine cl = new CommandLine(new InspectCommand(), new Commands(console));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler(new UsageErrors(console));
        cl.registerConverter(java.time.LocalDate.class, new DateConverter());
        HelpText.localise(cl);
        cl.setOut(console.out());
        cl.setErr(console.err());
        cl.setExecutionExceptionHandler((thrown, line, parseResult) -> {
            boolean verbose = GlobalOptions.isVerbose(line);
            // a job a service ran is worded here, in the user's language, from its result
            Exception ex = thrown instanceof JobNotCompletedException j ? JobFailures.of(j.result()) : thrown;
            if (ex instanceof ImportService.RefusedException refused) {
                ImportCommand.printRefusal(console, refused);
            }
            if (ex instanceof InspectException ie) {
                console.error(ie.messageKey() == null ? ie.getMessage() : Messages.get(ie.messageKey(), ie.messageArgs()));
                if (verbose) {
                    ex.printStackTrace(line.getErr());
                }
                return ie.exitCode();
            }
            String charset = System.getProperty("sun.jnu.encoding", "");
            if (causedBy(ex, java.nio.file.InvalidPathException.class) && !canNameFilesInChinese(charset)) {
                // the JVM took an ASCII character set for file names from the locale (LANG=C, a locale not
                // installed): say what to set instead of a stack trace; the launcher sets it where it can
                console.error(Messages.get("error.fileNameCharset", charset));
                return ExitCodes.USAGE;
            }
            console.error(Messages.get("error.internal", ex.toString()));
            if (verbose) {
                ex.printStackTrace(line.getErr());
            } else {
                console.error(Messages.get("error.internal.hint"));
            }
            return ExitCodes.INTERNAL;
        });
        return cl;
    }

    /** Whether {@code t} or one of its causes is a {@code type}. */
    static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    /** Whether file names in {@code charset} (the JVM's sun.jnu.encoding) can hold Chinese characters. */
    static boolean canNameFilesInChinese(String charset) {
        return canName(charset, "上高街道");
    }

    /** Whether {@code text} can be a file name in {@code charset}. */
    static boolean canName(String charset, String text) {
        try {
            return java.nio.charset.Charset.forName(charset).newEncoder().canEncode(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
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
