package org.inspect.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.inspect.rectification.Event;
import org.inspect.rectification.Outcome;
import org.inspect.rectification.Rectification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code inspect rectify respond ITEM --note TEXT [--evidence FILE ...]}: the county's response (→ 已报送). */
@Command(name = "respond", resourceBundle = "org.inspect.cli.rectify", mixinStandardHelpOptions = true)
final class RectifyRespondCommand extends RectifyTransition {

    RectifyRespondCommand(Console console) {
        super(console);
    }

    @Option(names = "--note", required = true, paramLabel = "TEXT", descriptionKey = "rectify.respond.note")
    String note;

    @Option(names = "--not-done", descriptionKey = "rectify.respond.notDone")
    boolean notDone;

    @Option(names = "--evidence", arity = "1..*", paramLabel = "FILE", descriptionKey = "rectify.evidence")
    List<Path> evidence = new ArrayList<>();

    @Override
    Event apply(Rectification r) {
        return r.respond(item, note, notDone ? Outcome.NOT_DONE : Outcome.CLAIMED_FIXED, evidence);
    }
}
