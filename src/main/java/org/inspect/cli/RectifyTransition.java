package org.inspect.cli;

import java.util.concurrent.Callable;
import org.inspect.error.ExitCodes;
import org.inspect.rectification.Event;
import org.inspect.rectification.Rectification;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** What the verbs that move one item share: the item, {@code --user}, and the line printed after the move. */
abstract class RectifyTransition implements Callable<Integer> {

    private final Console console;

    RectifyTransition(Console console) {
        this.console = console;
    }

    @Mixin
    GlobalOptions global;

    @Parameters(paramLabel = "ITEM", descriptionKey = "rectify.item")
    long item;

    @Mixin
    UserOption account;

    @Mixin
    DateOption date;

    @Override
    public final Integer call() {
        Event e;
        DateOption.Day day = date.day(global.settings());
        try (Workspace ws = Workspace.open(global)) {
            DateOption.say(console, ws.settings(), day, false);
            e = apply(RectifyCommand.service(ws, account.context(ws, console, day.day())));
        }
        console.println(Messages.get("rectify.moved", e.itemId(), e.from().chinese(), e.to().chinese(), e.seq(),
                e.actor()));
        return ExitCodes.OK;
    }

    abstract Event apply(Rectification r);
}
