package org.inspect.cli;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import org.inspect.batch.JobResult;
import org.inspect.check.CheckRun;
import org.inspect.check.CheckRuns;
import org.inspect.check.FindingStore;
import org.inspect.check.job.CheckParameters;
import org.inspect.error.ExitCodes;
import org.inspect.model.Counties;
import org.inspect.model.Rule;
import org.inspect.store.Snapshots;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code inspect check}: checks households against the policy and stores the findings as a check run. */
@Command(name = "check", resourceBundle = "org.inspect.cli.messages", mixinStandardHelpOptions = true)
public final class CheckCommand implements Callable<Integer> {

    /** The campaign's start, the default reference date (rules.md). */
    static final LocalDate CAMPAIGN_START = LocalDate.of(2019, 3, 1);

    @Mixin
    GlobalOptions global;

    @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "check.asOf")
    LocalDate asOf;

    @Option(names = "--snapshot", paramLabel = "LABEL", descriptionKey = "check.snapshot")
    String snapshot;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Scope scope;

    static final class Scope {
        @Option(names = "--all", required = true, descriptionKey = "check.all")
        boolean all;

        @Option(names = "--sample", required = true, paramLabel = "RUN", descriptionKey = "check.sample")
        Long sampleRun;
    }

    @Override
    public Integer call() {
        try (Workspace ws = Workspace.open(global)) {
            CheckRun run = run(ws, snapshot, asOf == null ? CAMPAIGN_START : asOf, scope.sampleRun);
            printSummary(ws, run);
        }
        return ExitCodes.OK;
    }

    static CheckRun run(Workspace ws, String label, LocalDate asOf, Long sampleRun) {
        if (sampleRun != null) {
            new org.inspect.sampling.SampleRuns(ws.database()).completed(sampleRun);
        }
        Snapshots snapshots = new Snapshots(ws.database());
        long snapshotId = snapshots.activeId(label);
        CheckRuns runs = new CheckRuns(ws.database());
        long runId = runs.create(snapshotId, snapshots.label(snapshotId), asOf, sampleRun);
        JobResult r = ws.batch().run("check", new CheckParameters(runId, snapshotId, asOf, sampleRun).toProperties());
        if (!r.completed()) {
            throw new IllegalStateException(Messages.get("job.failed", r.failureSummary(), r.executionId()));
        }
        return runs.get(runId);
    }

    static void printSummary(Workspace ws, CheckRun run) {
        Map<String, Map<Rule, Long>> counts = new FindingStore(ws.database()).countsByCountyAndRule(run.id());
        Console.println(Messages.get("check.done", run.id(), run.snapshotLabel(), run.asOf(), run.households(),
                run.cases()));
        StringBuilder head = new StringBuilder(String.format("%-12s", Messages.get("check.county")));
        for (Rule r : Rule.values()) {
            head.append(String.format(" %8s", shortName(r)));
        }
        Console.println(head.toString());
        long[] totals = new long[Rule.values().length];
        for (var e : counts.entrySet()) {
            StringBuilder line = new StringBuilder(pad(Counties.name(e.getKey()), 12));
            for (Rule r : Rule.values()) {
                long n = e.getValue().getOrDefault(r, 0L);
                totals[r.ordinal()] += n;
                line.append(String.format(" %8d", n));
            }
            Console.println(line.toString());
        }
        StringBuilder total = new StringBuilder(pad(Messages.get("check.total"), 12));
        for (long t : totals) {
            total.append(String.format(" %8d", t));
        }
        Console.println(total.toString());
        CriteriaCommand.printReasonsToRead(new org.inspect.check.ReasonReviews(ws.database()).of(run.id()));
    }

    private static String shortName(Rule r) {
        return Messages.get("rule.short." + r.name());
    }

    /** Pads to a display width, counting a CJK character as two columns. */
    static String pad(String s, int width) {
        int w = 0;
        for (char ch : s.toCharArray()) {
            w += ch > 0x2E80 ? 2 : 1;
        }
        return s + " ".repeat(Math.max(0, width - w));
    }
}
