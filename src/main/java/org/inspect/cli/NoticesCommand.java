package org.inspect.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.inspect.error.ExitCodes;
import org.inspect.report.DocumentService;
import org.inspect.report.data.CampaignSettings;
import org.inspect.report.data.NoticeIssuer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code inspect notices}: one rectification notice (整改通知书) per county with an open finding of a check run,
 * plus a combined file for printing; the notices and their items are recorded for the rectification tracking.
 */
@Command(name = "notices", resourceBundle = "org.inspect.cli.report", mixinStandardHelpOptions = true)
final class NoticesCommand implements Callable<Integer> {

    private final Console console;

    NoticesCommand(Console console) {
        this.console = console;
    }

    /** The default time a county has to rectify. */
    static final int DEFAULT_DAYS = 30;

    @Mixin
    GlobalOptions global;

    @Mixin
    DocumentOptions documents;

    @Option(names = "--run", paramLabel = "CHECKRUN", descriptionKey = "notices.run")
    Long run;

    @Option(names = "--list", descriptionKey = "notices.list")
    boolean list;

    @Option(names = "--correct", paramLabel = "NUMBER", descriptionKey = "notices.correct")
    String correct;

    @Option(names = "--reason", paramLabel = "TEXT", descriptionKey = "notices.reason")
    String reason;

    @ArgGroup(exclusive = true)
    Deadline deadline;

    static final class Deadline {
        @Option(names = "--deadline", paramLabel = "DATE", descriptionKey = "notices.deadline")
        LocalDate date;

        @Option(names = "--days", paramLabel = "N", descriptionKey = "notices.days")
        Integer days;
    }

    @Mixin
    DateOption date;

    /** The notices' date before they took {@code --date}, the one date option of every document; kept, hidden. */
    @Option(names = "--issue-date", paramLabel = "DATE", descriptionKey = "notices.issueDate", hidden = true)
    LocalDate issueDate;

    /** Once the fallback of {@code --issue-date}; the same day, kept hidden. */
    @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "notices.asOf", hidden = true)
    LocalDate asOf;

    @Option(names = "--out", defaultValue = "reports/notices", paramLabel = "DIR", descriptionKey = "notices.out")
    Path out;

    @picocli.CommandLine.Mixin
    UserOption account;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (list) {
            try (Workspace ws = Workspace.open(global)) {
                printRegister(new DocumentService(ws.database(), Contexts.system(), ws.settings()).register());
            }
            return ExitCodes.OK;
        }
        if (correct != null) {
            DateOption.Day day = day();
            try (Workspace ws = Workspace.open(global)) {
                DateOption.say(console, ws.settings(), day, true);
                CampaignSettings settings = CampaignSettings.on(ws.settings(), day.day());
                NoticeIssuer.Result r = new DocumentService(ws.database(), account.context(ws, console, day.day()),
                        ws.settings()).correctNotice(correct, reason, settings, out, documents.lang(), documents.fullData);
                for (NoticeIssuer.Issued n : r.notices()) {
                    console.println(Messages.get("notices.corrected", n.number(), correct,
                            org.inspect.model.Counties.name(n.countyCode()), n.items()));
                }
                DocumentOptions.printWritten(console, r.files());
            }
            return ExitCodes.OK;
        }
        if (run == null) {
            throw new org.inspect.error.BadInputException("--run CHECKRUN or --list").localized("notices.needRun");
        }
        DateOption.Day day = day();
        try (Workspace ws = Workspace.open(global)) {
            DateOption.say(console, ws.settings(), day, true);
            // the campaign's date, not the wall clock: --date, else issue.date of the config, else campaign.reference
            CampaignSettings settings = CampaignSettings.on(ws.settings(), day.day());
            LocalDate due = deadline != null && deadline.date != null ? deadline.date
                    : settings.campaign().issueDate().plusDays(deadline != null && deadline.days != null
                            ? deadline.days : DEFAULT_DAYS);
            NoticeIssuer.Result issued = new DocumentService(ws.database(), account.context(ws, console, day.day()),
                    ws.settings()).notices(run, due, settings, out, documents.lang(), documents.fullData);
            printIssued(console, run, due, issued);
            DocumentOptions.printWritten(console, issued.files());
            boolean rectify = spec.root().subcommands().containsKey("rectify");
            console.info(Messages.get("notices.next", rectify ? "inspect rectify --help"
                    : "inspect finding confirm ID / inspect finding dismiss ID --reason TEXT"));
        }
        return ExitCodes.OK;
    }

    /** The notices' day: {@code --date}, else the older {@code --issue-date} or {@code --as-of}, else the campaign's. */
    private DateOption.Day day() {
        return date.day(global.settings(), issueDate != null ? issueDate : asOf);
    }

    /** The register's notices: number, county, issue date, items, SHA-256, and the notice each one supplements. */
    private void printRegister(java.util.List<org.inspect.report.RegisterStore.Entry> notices) {
        if (notices.isEmpty()) {
            console.println(Messages.get("notices.listNone"));
            return;
        }
        console.println(Messages.get("notices.listHead"));
        for (var e : notices) {
            String number = e.number();
            console.println(CheckCommand.pad(number, 22) + " " + CheckCommand.pad(
                    org.inspect.model.Counties.name(e.countyCode()), 10) + " " + e.issuedOn() + " "
                    + String.format("%5d", e.items() == null ? 0 : e.items()) + "  " + e.sha256()
                    + (e.refersTo() == null ? "" : "  " + Messages.get("notices.refersTo." + e.kind(), e.refersTo())));
        }
    }

    /**
     * One line per notice issued; or, when every problem of the run is already named in a notice, the notices
     * that name them (an issued notice is never rewritten); or that there was nothing to notify.
     */
    static void printIssued(Console console, long run, LocalDate deadline, NoticeIssuer.Result r) {
        if (r.existing() && !r.notices().isEmpty()) {
            console.println(Messages.get("notices.exist", run));
            for (NoticeIssuer.Issued n : r.notices()) {
                console.println(Messages.get("notices.existing", n.number(),
                        org.inspect.model.Counties.name(n.countyCode()), n.items(), n.file()));
            }
            return;
        }
        if (r.existing()) {
            console.println(Messages.get("notices.allNamed", run));
            return;
        }
        if (r.notices().isEmpty()) {
            console.println(Messages.get("notices.none", run));
            return;
        }
        for (NoticeIssuer.Issued n : r.notices()) {
            console.println(Messages.get("notices.issued", n.number(), org.inspect.model.Counties.name(n.countyCode()),
                    n.items(), deadline));
        }
    }
}
