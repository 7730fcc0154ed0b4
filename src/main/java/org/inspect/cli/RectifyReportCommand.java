package org.inspect.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.inspect.error.ExitCodes;
import org.inspect.rectification.Progress;
import org.inspect.report.BulletinInput;
import org.inspect.report.Lang;
import org.inspect.report.data.CampaignSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code inspect rectify report [--as-of DATE] [--out DIR]}: the progress bulletin (整改进展情况通报). */
@Command(name = "report", resourceBundle = "org.inspect.cli.rectify", mixinStandardHelpOptions = true)
final class RectifyReportCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "rectify.report.asOf")
    LocalDate asOf;

    @Option(names = "--out", defaultValue = "reports", paramLabel = "DIR", descriptionKey = "rectify.report.out")
    Path out;

    @Override
    public Integer call() {
        Path file;
        try (Workspace ws = Workspace.open(global)) {
            file = write(ws, asOf != null ? asOf : LocalDate.now(), out);
        }
        DocumentOptions.printWritten(List.of(file));
        return ExitCodes.OK;
    }

    /** Writes the bulletin of {@code day} into {@code dir} as {@code bulletin-<day>.pdf}. */
    static Path write(Workspace ws, LocalDate day, Path dir) {
        Progress p = RectifyCommand.service(ws).progress(day, null);
        BulletinInput in = new BulletinInput(CampaignSettings.load(day).campaign(), p);
        Path file = DocumentOptions.documents().bulletin(in, Lang.ZH, dir.resolve("bulletin-" + day + ".pdf"));
        DocumentOptions.register(ws, org.inspect.report.RegisterStore.Kind.BULLETIN, null, day, List.of(file));
        return file;
    }
}
