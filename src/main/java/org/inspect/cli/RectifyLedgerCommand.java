package org.inspect.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.inspect.error.ExitCodes;
import org.inspect.rectification.Ledgers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code inspect rectify ledger [--county C] --out DIR}: one .xlsx rectification ledger (整改台账) per county. */
@Command(name = "ledger", resourceBundle = "org.inspect.cli.rectify", mixinStandardHelpOptions = true)
final class RectifyLedgerCommand implements Callable<Integer> {

    private final Console console;

    RectifyLedgerCommand(Console console) {
        this.console = console;
    }

    @Mixin
    GlobalOptions global;

    @Option(names = "--county", paramLabel = "COUNTY", converter = CountyConverter.class,
            descriptionKey = "rectify.county")
    String county;

    @Option(names = "--out", required = true, paramLabel = "DIR", descriptionKey = "rectify.ledger.out")
    Path out;

    @Option(names = "--full-data", descriptionKey = "rectify.fullData")
    boolean fullData;

    @Override
    public Integer call() {
        List<Path> files;
        try (Workspace ws = Workspace.open(global)) {
            files = new Ledgers(RectifyCommand.service(ws)).write(county, out, fullData);
        }
        if (files.isEmpty()) {
            console.println(Messages.get("rectify.ledger.none"));
        }
        files.forEach(f -> console.println(Messages.get("rectify.written", f)));
        return ExitCodes.OK;
    }
}
