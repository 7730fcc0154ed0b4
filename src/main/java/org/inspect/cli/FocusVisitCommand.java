package org.inspect.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.inspect.error.ExitCodes;
import org.inspect.visits.HomeVisits;
import org.inspect.visits.VisitService;
import org.inspect.visits.VisitStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code inspect focus visit RUN HOUSEHOLD --result R}: records the home visit of a sampled household. */
@Command(name = "visit", resourceBundle = "org.inspect.cli.focus", mixinStandardHelpOptions = true)
final class FocusVisitCommand implements Callable<Integer> {

    private final Console console;

    FocusVisitCommand(Console console) {
        this.console = console;
    }

    @Mixin
    GlobalOptions global;

    @Parameters(index = "0", paramLabel = "RUN", descriptionKey = "focus.visit.run")
    long run;

    @Parameters(index = "1", paramLabel = "HOUSEHOLD", descriptionKey = "focus.visit.household")
    String household;

    @Option(names = "--result", required = true, paramLabel = "RESULT", descriptionKey = "focus.visit.result")
    VisitStore.Result result;

    @Option(names = "--by", paramLabel = "NAME", descriptionKey = "focus.visit.by")
    String by;

    @Option(names = "--note", paramLabel = "TEXT", descriptionKey = "focus.visit.note")
    String note;

    @Mixin
    DateOption date;

    @Mixin
    UserOption account;

    @Override
    public Integer call() {
        DateOption.Day day = date.day(global.settings());
        try (Workspace ws = Workspace.open(global)) {
            DateOption.say(console, ws.settings(), day, false);
            // --by names who visited the household (the field team), the account who records it is signed in
            String signedIn = account.inspector(ws, console, "focus visit", run + " " + household).actor().name();
            String visitor = by != null && !by.isBlank() ? by.strip() : signedIn;
            HomeVisits.Recorded r = new VisitService(ws.database(), Contexts.clock(day.day())).recordVisit(run,
                    household, result, visitor, note);
            console.println(Messages.get("focus.visit.done." + result.name(), household, run));
            if (r.checkRunId() == 0 && result != VisitStore.Result.NONE) {
                console.println(Messages.get("focus.visit.pending"));
            } else if (r.findingId() != 0) {
                console.println(Messages.get(r.deskFinding() ? "focus.visit.confirmedDesk" : "focus.visit.added",
                        r.findingId(), r.checkRunId()));
            }
        }
        return ExitCodes.OK;
    }
}
