package org.inspect.cli;

import org.inspect.rectification.Event;
import org.inspect.rectification.Rectification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code inspect rectify confirm ITEM --note TEXT}: re-inspection found a closed item fixed (recorded; stays 已销号). */
@Command(name = "confirm", resourceBundle = "org.inspect.cli.rectify", mixinStandardHelpOptions = true)
final class RectifyConfirmCommand extends RectifyTransition {

    RectifyConfirmCommand(Console console) {
        super(console);
    }

    @Option(names = "--note", paramLabel = "TEXT", descriptionKey = "rectify.confirm.note")
    String text;

    @Override
    Event apply(Rectification r) {
        return r.confirm(item, text);
    }
}
