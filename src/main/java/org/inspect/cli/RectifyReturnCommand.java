package org.inspect.cli;

import org.inspect.rectification.Event;
import org.inspect.rectification.Rectification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code inspect rectify return ITEM --reason TEXT}: the city returns a response or contest with its reason (→ 待整改). */
@Command(name = "return", resourceBundle = "org.inspect.cli.rectify", mixinStandardHelpOptions = true)
final class RectifyReturnCommand extends RectifyTransition {

    RectifyReturnCommand(Console console) {
        super(console);
    }

    @Option(names = "--reason", required = true, paramLabel = "TEXT", descriptionKey = "rectify.return.reason")
    String text;

    @Override
    Event apply(Rectification r) {
        return r.returnItem(item, text);
    }
}
