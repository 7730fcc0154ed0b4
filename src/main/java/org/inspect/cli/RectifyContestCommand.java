package org.inspect.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.inspect.rectification.Event;
import org.inspect.rectification.Rectification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code inspect rectify contest ITEM --note TEXT}: the county says the finding is wrong (→ 申辩). */
@Command(name = "contest", resourceBundle = "org.inspect.cli.rectify", mixinStandardHelpOptions = true)
final class RectifyContestCommand extends RectifyTransition {

    RectifyContestCommand(Console console) {
        super(console);
    }

    @Option(names = "--note", required = true, paramLabel = "TEXT", descriptionKey = "rectify.contest.note")
    String note;

    @Option(names = "--evidence", arity = "1..*", paramLabel = "FILE", descriptionKey = "rectify.evidence")
    List<Path> evidence = new ArrayList<>();

    @Override
    Event apply(Rectification r) {
        return r.contest(item, note, evidence);
    }
}
