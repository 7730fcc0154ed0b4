package org.inspect.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.inspect.error.ExitCodes;
import org.inspect.report.Lang;
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
public final class NoticesCommand implements Callable<Integer> {

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

    @Option(names = "--issue-date", paramLabel = "DATE", descriptionKey = "notices.issueDate")
    LocalDate issueDate;

    @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "notices.asOf")
    LocalDate asOf;

    @Option(names = "--out", defaultValue = "reports/notices", paramLabel = "DIR", descriptionKey = "notices.out")
    Path out;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (list) {
            try (Workspace ws = Workspace.open(global)) {
                printRegister(new org.inspect.report.RegisterStore(ws.database()).notices());
            }
            return ExitCodes.OK;
        }
        if (correct != null) {
            try (Workspace ws = Workspace.open(global)) {
                CampaignSettings settings = CampaignSettings.load(asOf != null ? asOf : LocalDate.now());
                if (issueDate != null) {
                    settings = settings.withIssueDate(issueDate);
                }
                NoticeIssuer.Result r;
                try (var lock = ws.database().lock("notices", false)) {
                    r = new NoticeIssuer(ws.database()).correct(DocumentOptions.documents(), documents.lang(),
                            correct, reason, settings, documents.fullData, out);
                }
                for (NoticeIssuer.Issued n : r.notices()) {
                    Console.println(Messages.get("notices.corrected", n.number(), correct,
                            org.inspect.model.Counties.name(n.countyCode()), n.items()));
                }
                DocumentOptions.printWritten(r.files());
            }
            return ExitCodes.OK;
        }
        if (run == null) {
            throw new org.inspect.error.BadInputException("--run CHECKRUN or --list").localized("notices.needRun");
        }
        try (Workspace ws = Workspace.open(global)) {
            // the campaign's date, not the wall clock: --issue-date, else issue.date of the config, else --as-of
            CampaignSettings settings = CampaignSettings.load(asOf != null ? asOf : LocalDate.now());
            if (issueDate != null) {
                settings = settings.withIssueDate(issueDate);
            }
            LocalDate due = deadline != null && deadline.date != null ? deadline.date
                    : settings.campaign().issueDate().plusDays(deadline != null && deadline.days != null
                            ? deadline.days : DEFAULT_DAYS);
            DocumentOptions.printWritten(issue(ws, run, due, settings, out, documents.lang(), documents.fullData).files());
            boolean rectify = spec.root().subcommands().containsKey("rectify");
            Console.info(Messages.get("notices.next", rectify ? "inspect rectify --help"
                    : "inspect finding confirm ID / inspect finding dismiss ID --reason TEXT"));
        }
        return ExitCodes.OK;
    }

    /** The register's notices: number, county, issue date, items, SHA-256, and the notice each one supplements. */
    static void printRegister(java.util.List<org.inspect.report.RegisterStore.Entry> notices) {
        if (notices.isEmpty()) {
            Console.println(Messages.get("notices.listNone"));
            return;
        }
        Console.println(Messages.get("notices.listHead"));
        for (var e : notices) {
            String number = e.number();
            Console.println(CheckCommand.pad(number, 22) + " " + CheckCommand.pad(
                    org.inspect.model.Counties.name(e.countyCode()), 10) + " " + e.issuedOn() + " "
                    + String.format("%5d", e.items() == null ? 0 : e.items()) + "  " + e.sha256()
                    + (e.refersTo() == null ? "" : "  " + Messages.get("notices.refersTo." + e.kind(), e.refersTo())));
        }
    }

    static NoticeIssuer.Result issue(Workspace ws, long run, LocalDate deadline, CampaignSettings settings, Path out,
            Lang lang, boolean fullData) {
        NoticeIssuer.Result r;
        try (var lock = ws.database().lock("notices", false)) { // numbers are taken in order, one issuer at a time
            r = new NoticeIssuer(ws.database()).issue(DocumentOptions.documents(), lang, run, deadline, settings,
                    fullData, out);
        }
        if (r.existing() && !r.notices().isEmpty()) {
            Console.println(Messages.get("notices.exist", run));
            for (NoticeIssuer.Issued n : r.notices()) {
                Console.println(Messages.get("notices.existing", n.number(),
                        org.inspect.model.Counties.name(n.countyCode()), n.items(), n.file()));
            }
            return r;
        }
        if (r.existing()) {
            Console.println(Messages.get("notices.allNamed", run));
            return r;
        }
        if (r.notices().isEmpty()) {
            Console.println(Messages.get("notices.none", run));
            return r;
        }
        for (NoticeIssuer.Issued n : r.notices()) {
            Console.println(Messages.get("notices.issued", n.number(), org.inspect.model.Counties.name(n.countyCode()),
                    n.items(), deadline));
        }
        return r;
    }
}
