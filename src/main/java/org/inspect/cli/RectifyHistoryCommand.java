package org.inspect.cli;

import java.util.concurrent.Callable;
import org.inspect.error.ExitCodes;
import org.inspect.rectification.Event;
import org.inspect.rectification.Rectification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code inspect rectify history ITEM}: the item's events in order, with who, when, the move and the hash. */
@Command(name = "history", resourceBundle = "org.inspect.cli.rectify", mixinStandardHelpOptions = true)
final class RectifyHistoryCommand implements Callable<Integer> {

    private final Console console;

    RectifyHistoryCommand(Console console) {
        this.console = console;
    }

    @Mixin
    GlobalOptions global;

    @Parameters(paramLabel = "ITEM", descriptionKey = "rectify.item")
    long item;

    @Override
    public Integer call() {
        Rectification.Detail d;
        try (Workspace ws = Workspace.open(global)) {
            d = RectifyCommand.service(ws).show(item);
        }
        d.events().forEach(e -> print(console, e));
        return ExitCodes.OK;
    }

    static void print(Console console, Event e) {
        console.println(Messages.get("rectify.event", e.seq(), e.at().toString().replace('T', ' '), e.actor(),
                Messages.get("rectify.action." + e.action()), e.from() == null ? "-" : e.from().chinese(),
                e.to().chinese(), e.outcome() == null ? "" : "（" + e.outcome().chinese() + "）",
                e.hash().substring(0, 12)));
        if (e.note() != null && !e.note().isBlank()) {
            console.println("      " + Messages.sentence(e.note()));
        }
        e.evidence().forEach(x -> console.println("      " + x.sha256() + "  " + x.name()));
    }
}
