package org.inspect.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.inspect.batch.JobResult;
import org.inspect.check.CheckRun;
import org.inspect.check.CheckRuns;
import org.inspect.check.job.CriteriaConfig;
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

    /** The campaign's reference date from config/campaign.properties, the default of --as-of. */
    static LocalDate referenceDate() {
        return org.inspect.report.data.CampaignSettings.referenceDate();
    }

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
            CheckRun run = run(ws, snapshot, asOf == null ? referenceDate() : asOf, scope.sampleRun);
            printSummary(ws, run);
            Console.info(Messages.get("check.next", run.id()));
        }
        return ExitCodes.OK;
    }

    static CheckRun run(Workspace ws, String label, LocalDate asOf, Long sampleRun) {
        if (sampleRun != null) {
            if (new org.inspect.sampling.SampleRuns(ws.database()).completed(sampleRun).plan().frame().ofItems()) {
                throw new org.inspect.error.BadInputException("sample run " + sampleRun + " is a re-inspection sample")
                        .localized("sample.recheckNotCases", sampleRun);
            }
        }
        Snapshots snapshots = new Snapshots(ws.database());
        String snapshotLabel = snapshots.label(snapshots.activeId(label));
        // a check may run beside other readers of the snapshot, never while an import replaces it
        try (var lock = ws.database().lock(ImportCommand.snapshotLock(snapshotLabel), true)) {
            long snapshotId = snapshots.activeId(snapshotLabel);
            CheckRuns runs = new CheckRuns(ws.database());
            long runId = runs.create(snapshotId, snapshotLabel, asOf, sampleRun, CriteriaConfig.text());
            JobResult r = ws.batch().run("check", new CheckParameters(runId, snapshotId, asOf, sampleRun)
                    .toProperties());
            if (!r.completed()) {
                throw JobFailures.of(r);
            }
            return runs.get(runId);
        }
    }

    static void printSummary(Workspace ws, CheckRun run) {
        Map<String, Map<Rule, Long>> counts = new FindingStore(ws.database()).countsByCountyAndRule(run.id());
        Console.println(Messages.get("check.done", run.id(), run.snapshotLabel(), run.asOf(), run.households(),
                run.cases()));
        List<String> head = new ArrayList<>(List.of(Messages.get("check.county")));
        int[] numeric = new int[Rule.values().length];
        for (Rule r : Rule.values()) {
            head.add(shortName(r));
            numeric[r.ordinal()] = r.ordinal() + 1;
        }
        TextTable table = new TextTable(head, numeric);
        long[] totals = new long[Rule.values().length];
        for (var e : counts.entrySet()) {
            List<Object> line = new ArrayList<>(List.of(Counties.name(e.getKey())));
            for (Rule r : Rule.values()) {
                long n = e.getValue().getOrDefault(r, 0L);
                totals[r.ordinal()] += n;
                line.add(n);
            }
            table.row(line);
        }
        List<Object> total = new ArrayList<>(List.of(Messages.get("check.total")));
        for (long t : totals) {
            total.add(t);
        }
        table.row(total);
        table.print();
        CriteriaCommand.printReasonsToRead(new org.inspect.check.ReasonReviews(ws.database()).of(run.id()));
    }

    private static String shortName(Rule r) {
        return Messages.get("rule.short." + r.name());
    }

    /** Pads to a display width, counting a CJK character as two columns. */
    static String pad(String s, int width) {
        return org.inspect.model.DisplayWidth.padRight(s, width);
    }
}
