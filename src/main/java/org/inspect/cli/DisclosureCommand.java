package org.inspect.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.inspect.error.ExitCodes;
import org.inspect.report.Lang;
import org.inspect.report.data.CampaignSettings;
import org.inspect.report.data.DisclosureData;
import org.inspect.store.Snapshots;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code inspect disclosure}: the public-notice lists (公示名单) of a snapshot, one file per township. */
@Command(name = "disclosure", resourceBundle = "org.inspect.cli.report", mixinStandardHelpOptions = true)
public final class DisclosureCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Mixin
    DocumentOptions documents;

    @Option(names = "--snapshot", paramLabel = "LABEL", descriptionKey = "disclosure.snapshot")
    String snapshot;

    @Option(names = "--township", paramLabel = "T", descriptionKey = "disclosure.township")
    String township;

    @Option(names = "--out", defaultValue = "reports/disclosure", paramLabel = "DIR", descriptionKey = "disclosure.out")
    Path out;

    @Override
    public Integer call() {
        try (Workspace ws = Workspace.open(global)) {
            DocumentOptions.printWritten(write(ws, snapshot, township, out, documents.lang(), documents.fullData));
        }
        return ExitCodes.OK;
    }

    static List<Path> write(Workspace ws, String label, String township, Path out, Lang lang, boolean fullData) {
        long snapshotId = new Snapshots(ws.database()).activeId(label);
        DisclosureData.Lists lists = new DisclosureData(ws.database()).assemble(snapshotId, township,
                CampaignSettings.load(), fullData);
        if (lists.unplaced() > 0) {
            Console.info(Messages.get("disclosure.unplaced", lists.unplaced()));
        }
        return DocumentOptions.documents().disclosure(lists.input(), lang, out);
    }
}
