package org.inspect.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.inspect.error.ExitCodes;
import org.inspect.report.Lang;
import org.inspect.report.ReportInput;
import org.inspect.report.data.CampaignSettings;
import org.inspect.report.data.ReportData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code inspect report}: the city's inspection report (专项行动抽查报告) of a check run, with its sample. */
@Command(name = "report", resourceBundle = "org.inspect.cli.report", mixinStandardHelpOptions = true)
public final class ReportCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Mixin
    DocumentOptions documents;

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
        try (Workspace ws = Workspace.open(global)) {
            Path file = write(ws, run, sample, out, documents.lang(), documents.fullData, allowUnverified);
            DocumentOptions.printWritten(java.util.List.of(file));
        }
        return ExitCodes.OK;
    }

    /** Writes the report of check run {@code run} (with sample run {@code sample} when not null) into {@code out}. */
    static Path write(Workspace ws, long run, Long sample, Path out, Lang lang, boolean fullData) {
        return write(ws, run, sample, out, lang, fullData, false);
    }

    /**
     * Writes the report; a sample that no longer verifies against its snapshot's current rolls is refused (exit 6),
     * or with {@code allowUnverified} reported with a warning on the cover.
     */
    static Path write(Workspace ws, long run, Long sample, Path out, Lang lang, boolean fullData,
            boolean allowUnverified) {
        return write(ws, run, sample, out, lang, fullData, allowUnverified, CampaignSettings.load());
    }

    /** As above, with the campaign's settings (and so its issue date) given: the demo dates its report in 2019. */
    static Path write(Workspace ws, long run, Long sample, Path out, Lang lang, boolean fullData,
            CampaignSettings settings) {
        return write(ws, run, sample, out, lang, fullData, false, settings);
    }

    static Path write(Workspace ws, long run, Long sample, Path out, Lang lang, boolean fullData,
            boolean allowUnverified, CampaignSettings settings) {
        if (sample != null && new org.inspect.sampling.SampleRuns(ws.database()).completed(sample).plan().frame()
                .ofItems()) {
            throw new org.inspect.error.BadInputException("sample run " + sample + " is a re-inspection sample")
                    .localized("sample.recheckNotCases", sample);
        }
        ReportInput input = new ReportData(ws.database()).assemble(run, sample, settings, fullData);
        if (sample != null) {
            int differing = VerifySampleCommand.differences(ws, sample).size();
            if (differing > 0 && !allowUnverified) {
                throw new org.inspect.error.MismatchException(Messages.get("report.unverified", sample, differing));
            }
            if (differing > 0) {
                Console.info(Messages.get("report.unverifiedWritten", sample, differing));
                input = input.withUnverifiedSample(Messages.get("report.unverifiedCover", differing));
            }
        }
        String name = "report-run" + run + (sample == null ? "" : "-sample" + sample)
                + (fullData ? "-full" : "") + lang.fileSuffix() + ".pdf";
        Path file = DocumentOptions.documents().report(input, lang, out.resolve(name));
        String base = file.getFileName().toString().replaceFirst("\\.pdf$", "");
        DocumentOptions.register(ws, org.inspect.report.RegisterStore.Kind.REPORT, run,
                settings.campaign().issueDate(), java.util.List.of(file, file.resolveSibling(base + "-annex.xlsx")));
        return file;
    }
}
