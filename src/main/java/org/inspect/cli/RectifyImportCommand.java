package org.inspect.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.inspect.error.ExitCodes;
import org.inspect.model.Counties;
import org.inspect.rectification.LedgerException;
import org.inspect.rectification.Ledgers;
import org.inspect.rectification.internal.LedgerReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code inspect rectify import FILE|DIR [--evidence-dir DIR]}: applies the returned ledgers, all or nothing; on
 * any problem prints every one as file:row:column and applies none.
 */
@Command(name = "import", resourceBundle = "org.inspect.cli.rectify", mixinStandardHelpOptions = true)
final class RectifyImportCommand implements Callable<Integer> {

    private final Console console;

    RectifyImportCommand(Console console) {
        this.console = console;
    }

    @Mixin
    GlobalOptions global;

    @Parameters(paramLabel = "FILE|DIR", descriptionKey = "rectify.import.source")
    Path source;

    @Option(names = "--evidence-dir", paramLabel = "DIR", descriptionKey = "rectify.import.evidenceDir")
    Path evidenceDir;

    @Mixin
    UserOption account;

    @Mixin
    DateOption date;

    @Override
    public Integer call() {
        Ledgers.Imported r;
        DateOption.Day day = date.day(global.settings());
        try (Workspace ws = Workspace.open(global)) {
            DateOption.say(console, ws.settings(), day, false);
            r = new Ledgers(RectifyCommand.service(ws, account.context(ws, console, day.day())))
                    .importLedgers(source, evidenceDir);
        } catch (LedgerException e) {
            e.errors().forEach(x -> console.error(line(x)));
            throw e;
        }
        r.warnings().forEach(w -> console.info(Messages.get("warning", line(w))));
        r.perCounty().forEach((county, n) -> console.println(Messages.get("rectify.import.county",
                Counties.name(county), n)));
        console.println(Messages.get("rectify.import.done", r.events().size(), r.files()));
        if (r.unchanged() > 0) {
            console.println(Messages.get("rectify.import.unchanged", r.unchanged()));
        }
        return ExitCodes.OK;
    }

    static String line(LedgerReader.CellError x) {
        String where = x.file().getFileName() + (x.row() > 0 ? ":" + x.row() + ":" + x.column() : "");
        return where + ": " + Messages.get(x.key(), x.args());
    }
}
