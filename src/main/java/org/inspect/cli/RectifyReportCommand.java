package org.inspect.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.inspect.error.ExitCodes;
import org.inspect.report.DocumentService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code inspect rectify report [--as-of DATE] [--out DIR]}: the progress bulletin (整改进展情况通报). */
@Command(name = "report", resourceBundle = "org.inspect.cli.rectify", mixinStandardHelpOptions = true)
final class RectifyReportCommand implements Callable<Integer> {

    private final Console console;

    RectifyReportCommand(Console console) {
        this.console = console;
    }

    @Mixin
    GlobalOptions global;

    @Mixin
    DateOption date;

    /** The bulletin's day before it took {@code --date}, the one date option of every document; kept, hidden. */
    @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "rectify.report.asOf", hidden = true)
    LocalDate asOf;

    @Option(names = "--out", defaultValue = "reports", paramLabel = "DIR", descriptionKey = "rectify.report.out")
    Path out;

    @Override
    public Integer call() {
        Path file;
        DateOption.Day day = date.day(global.settings(), asOf);
        try (Workspace ws = Workspace.open(global)) {
            DateOption.say(console, ws.settings(), day, true);
            file = new DocumentService(ws.database(), Contexts.on(day.day()), ws.settings()).bulletin(day.day(), out);
        }
        DocumentOptions.printWritten(console, List.of(file));
        return ExitCodes.OK;
    }
}
