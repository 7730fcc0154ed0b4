package org.inspect.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.inspect.error.ExitCodes;
import org.inspect.report.DocumentService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code inspect disclosure}: the public-notice lists (公示名单) of a snapshot, one file per township. */
@Command(name = "disclosure", resourceBundle = "org.inspect.cli.report", mixinStandardHelpOptions = true)
final class DisclosureCommand implements Callable<Integer> {

    private final Console console;

    DisclosureCommand(Console console) {
        this.console = console;
    }

    @Mixin
    GlobalOptions global;

    @Mixin
    DocumentOptions documents;

    @Mixin
    DateOption date;

    @Option(names = "--snapshot", paramLabel = "LABEL", descriptionKey = "disclosure.snapshot")
    String snapshot;

    @Option(names = "--township", paramLabel = "T", descriptionKey = "disclosure.township")
    String township;

    @Option(names = "--out", defaultValue = "reports/disclosure", paramLabel = "DIR", descriptionKey = "disclosure.out")
    Path out;

    @Override
    public Integer call() {
        DateOption.Day day = date.day(global.settings());
        try (Workspace ws = Workspace.open(global)) {
            DateOption.say(console, ws.settings(), day, true);
            DocumentService.Disclosure lists = new DocumentService(ws.database(), Contexts.on(day.day()), ws.settings())
                    .disclosure(snapshot, township, out,
                    documents.lang(), documents.fullData);
            DocumentOptions.printWritten(console, written(console, lists));
        }
        return ExitCodes.OK;
    }

    /** The lists' files, after a word about the households that could not be placed. */
    static List<Path> written(Console console, DocumentService.Disclosure lists) {
        if (lists.unplaced() > 0) {
            console.info(Messages.get("disclosure.unplaced", lists.unplaced()));
        }
        return lists.files();
    }
}
