package org.inspect.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.inspect.error.ExitCodes;
import org.inspect.rectification.Outcome;
import org.inspect.rectification.Reconciler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code inspect rectify reconcile --snapshot LABEL [--as-of DATE] [--accept-fixed]}: checks each open item's fix
 * against a newer snapshot and records what the rolls show.
 */
@Command(name = "reconcile", resourceBundle = "org.inspect.cli.rectify", mixinStandardHelpOptions = true)
final class RectifyReconcileCommand implements Callable<Integer> {

    private final Console console;

    RectifyReconcileCommand(Console console) {
        this.console = console;
    }

    @Mixin
    GlobalOptions global;

    @Option(names = "--snapshot", required = true, paramLabel = "LABEL", descriptionKey = "rectify.reconcile.snapshot")
    String snapshot;

    @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "rectify.reconcile.asOf")
    LocalDate asOf;

    @Option(names = "--accept-fixed", descriptionKey = "rectify.reconcile.acceptFixed")
    boolean acceptFixed;

    @Mixin
    UserOption account;

    @Mixin
    DateOption date;

    @Override
    public Integer call() {
        Reconciler.Result r;
        // what the rolls of --as-of show is recorded on that day, unless --date says another
        DateOption.Day day = date.day(global.settings(), asOf, DateOption.Source.AS_OF);
        try (Workspace ws = Workspace.open(global)) {
            DateOption.say(console, ws.settings(), day, false);
            // the rules' day is --as-of, else the day the observations are recorded on
            r = new Reconciler(ws.database(), RectifyCommand.service(ws, account.context(ws, console, day.day())),
                    ws.settings())
                    .reconcile(snapshot, asOf != null ? asOf : day.day(), acceptFixed);
        }
        print(console, r);
        return ExitCodes.OK;
    }

    static void print(Console console, Reconciler.Result r) {
        console.println(Messages.get("rectify.reconcile.done", r.snapshot(), n(r, Outcome.FIXED), n(r, Outcome.PRESENT),
                n(r, Outcome.LEFT), r.notCheckable().size()));
        if (!r.contradicted().isEmpty()) {
            console.println(Messages.get("rectify.reconcile.contradicted", r.contradicted().size(),
                    join(r.contradicted())));
        }
        if (!r.accepted().isEmpty()) {
            console.println(Messages.get("rectify.reconcile.accepted", r.accepted().size(), join(r.accepted())));
        }
    }

    private static int n(Reconciler.Result r, Outcome o) {
        return r.found().getOrDefault(o, List.of()).size();
    }

    /** Items printed on the summary line; the rest are counted (the full list is in rectify list). */
    static final int LISTED = 10;

    /** The first {@link #LISTED} item ids, then how many more: a city's reconcile can contradict thousands. */
    static String join(List<Long> ids) {
        // in item order, so that the list reads like the ledger (the reconcile meets items county by county)
        String first = String.join(", ", ids.stream().sorted().limit(LISTED).map(String::valueOf).toList());
        return ids.size() <= LISTED ? first : Messages.get("rectify.reconcile.more", first, ids.size() - LISTED);
    }
}
