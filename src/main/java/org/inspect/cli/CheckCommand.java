package org.inspect.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.inspect.check.CheckRun;
import org.inspect.check.CheckService;
import org.inspect.error.ExitCodes;
import org.inspect.model.Counties;
import org.inspect.model.Rule;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code inspect check}: checks households against the policy and stores the findings as a check run. */
@Command(name = "check", resourceBundle = "org.inspect.cli.messages", mixinStandardHelpOptions = true)
final class CheckCommand implements Callable<Integer> {

    private final Console console;

    CheckCommand(Console console) {
        this.console = console;
    }

    @Mixin
    GlobalOptions global;

    /** The campaign's reference date from config/campaign.properties of {@code settings}, the default of --as-of. */
    static LocalDate referenceDate(org.inspect.config.Settings settings) {
        return org.inspect.report.data.CampaignSettings.referenceDate(settings);
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

    @Mixin
    UserOption account;

    @Override
    public Integer call() {
        try (Workspace ws = Workspace.open(global, console.progress())) {
            account.inspector(ws, console, "check", snapshot);
            CheckService checks = new CheckService(ws.database(), ws.batch(), ws.settings());
            CheckRun run = checks.check(snapshot, asOf, scope.sampleRun);
            printSummary(console, checks, run);
            // a sample's check run goes into the report with its sample; a full run is followed by the draw
            console.info(scope.sampleRun == null ? Messages.get("check.next", run.id())
                    : Messages.get("check.nextSample", run.id(), scope.sampleRun));
        }
        return ExitCodes.OK;
    }

    static void printSummary(Console console, CheckService checks, CheckRun run) {
        Map<String, Map<Rule, Long>> counts = checks.countsByCountyAndRule(run.id());
        console.println(Messages.get("check.done", run.id(), run.snapshotLabel(), run.asOf(), run.households(),
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
        table.print(console);
        CriteriaCommand.printReasonsToRead(console, checks.reasonsToRead(run.id()));
    }

    private static String shortName(Rule r) {
        return Messages.get("rule.short." + r.name());
    }

    /** Pads to a display width, counting a CJK character as two columns. */
    static String pad(String s, int width) {
        return org.inspect.model.DisplayWidth.padRight(s, width);
    }
}
