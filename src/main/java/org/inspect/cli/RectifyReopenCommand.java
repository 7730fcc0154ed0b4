package org.inspect.cli;

import org.inspect.rectification.Event;
import org.inspect.rectification.Rectification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code inspect rectify reopen ITEM --note TEXT}: re-inspection found a closed item unfixed (→ 重新整改). */
@Command(name = "reopen", resourceBundle = "org.inspect.cli.rectify", mixinStandardHelpOptions = true)
final class RectifyReopenCommand extends RectifyTransition {

    RectifyReopenCommand(Console console) {
        super(console);
    }

    @Option(names = "--note", required = true, paramLabel = "TEXT", descriptionKey = "rectify.reopen.note")
    String text;

    @Override
    Event apply(Rectification r) {
        return r.reopen(item, text);
    }
}
