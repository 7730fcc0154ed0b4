package org.inspect.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.inspect.error.ExitCodes;
import org.inspect.report.DocumentService;
import org.inspect.report.data.CampaignSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code inspect report}: the city's inspection report (专项行动抽查报告) of a check run, with its sample. */
@Command(name = "report", resourceBundle = "org.inspect.cli.report", mixinStandardHelpOptions = true)
final class ReportCommand implements Callable<Integer> {

    private final Console console;

    ReportCommand(Console console) {
        this.console = console;
    }

    @Mixin
    GlobalOptions global;

    @Mixin
    DocumentOptions documents;

    @Mixin
    DateOption date;

    @Option(names = "--run", required = true, paramLabel = "CHECKRUN", descriptionKey = "report.run")
    long run;

    @Option(names = "--sample", paramLabel = "RUN", descriptionKey = "report.sample")
    Long sample;

    @Option(names = "--out", defaultValue = "reports", paramLabel = "DIR", descriptionKey = "report.out")
    Path out;

    @Option(names = "--allow-unverified", descriptionKey = "report.allowUnverified")
    boolean allowUnverified;

    @Override
    public Integer call() {
        DateOption.Day day = date.day(global.settings());
        try (Workspace ws = Workspace.open(global)) {
            DateOption.say(console, ws.settings(), day, true);
            DocumentService.Report report = new DocumentService(ws.database(), Contexts.on(day.day()), ws.settings())
                    .report(run, sample, out, documents.lang(), documents.fullData, allowUnverified,
                            CampaignSettings.on(ws.settings(), day.day()), ReportCommand::unverifiedCover);
            if (report.unverifiedStrata() > 0) {
                console.info(Messages.get("report.unverifiedWritten", sample, report.unverifiedStrata()));
            }
            DocumentOptions.printWritten(console, java.util.List.of(report.file()));
        }
        return ExitCodes.OK;
    }

    /** The warning on the cover of a report whose sample no longer verifies, in the user's language. */
    static String unverifiedCover(int differingStrata) {
        return Messages.get("report.unverifiedCover", differingStrata);
    }
}
