package org.inspect.cli;

import org.inspect.rectification.Event;
import org.inspect.rectification.Rectification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code inspect rectify accept ITEM --note TEXT}: the city accepts a response (→ 已销号) or a contest (→ 已撤销). */
@Command(name = "accept", resourceBundle = "org.inspect.cli.rectify", mixinStandardHelpOptions = true)
final class RectifyAcceptCommand extends RectifyTransition {

    RectifyAcceptCommand(Console console) {
        super(console);
    }

    @Option(names = "--note", required = true, paramLabel = "TEXT", descriptionKey = "rectify.accept.note")
    String text;

    @Override
    Event apply(Rectification r) {
        return r.accept(item, text);
    }
}
