package org.inspect.cli;

import java.util.concurrent.Callable;
import org.inspect.error.ExitCodes;
import org.inspect.error.NotFoundException;
import org.inspect.focus.VisitStore;
import org.inspect.sampling.SampleRun;
import org.inspect.sampling.SampleRuns;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code inspect focus visit RUN HOUSEHOLD --result R}: records the home visit of a sampled household. */
@Command(name = "visit", resourceBundle = "org.inspect.cli.focus", mixinStandardHelpOptions = true)
public final class FocusVisitCommand implements Callable<Integer> {

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

    @Override
    public Integer call() {
        try (Workspace ws = Workspace.open(global)) {
            SampleRuns runs = new SampleRuns(ws.database());
            SampleRun r = runs.completed(run);
            boolean sampled = runs.cases(run, r.snapshotId()).stream().anyMatch(c -> c.householdId().equals(household));
            if (!sampled) {
                throw new NotFoundException("household " + household + " is not in sample run " + run)
                        .localized("focus.visit.notSampled", household, run);
            }
            new VisitStore(ws.database()).record(run, household, result, by, note);
            console.println(Messages.get("focus.visit.done." + result.name(), household, run));
        }
        return ExitCodes.OK;
    }
}
