package org.inspect.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.inspect.error.ExitCodes;
import org.inspect.importing.EffectiveStandards;
import org.inspect.model.Counties;
import org.inspect.model.StandardItem;
import org.inspect.store.Snapshots;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code inspect standards [--snapshot L]}: the standards a snapshot's checks use, for each county, with sources. */
@Command(name = "standards", resourceBundle = "org.inspect.cli.trust", mixinStandardHelpOptions = true)
final class StandardsCommand implements Callable<Integer> {

    private final Console console;

    StandardsCommand(Console console) {
        this.console = console;
    }

    @Mixin
    GlobalOptions global;

    @Option(names = "--snapshot", paramLabel = "LABEL", descriptionKey = "standards.snapshot")
    String snapshot;

    @Override
    public Integer call() {
        try (Workspace ws = Workspace.open(global)) {
            Snapshots snapshots = new Snapshots(ws.database());
            long id = snapshots.activeId(snapshot);
            List<EffectiveStandards.Entry> entries = EffectiveStandards.of(ws.database(), id);
            console.println(Messages.get("standards.title", snapshots.label(id), id));
            console.println(CheckCommand.pad(Messages.get("standards.county"), 22)
                    + CheckCommand.pad(Messages.get("standards.item"), 30) + CheckCommand.pad(
                    Messages.get("standards.value"), 12) + CheckCommand.pad(Messages.get("standards.row"), 16)
                    + Messages.get("standards.source"));
            for (EffectiveStandards.Entry e : entries) {
                console.println(CheckCommand.pad(county(e.countyCode()), 22) + CheckCommand.pad(itemWord(e.item()), 30)
                        + CheckCommand.pad(e.value().stripTrailingZeros().toPlainString(), 12)
                        + CheckCommand.pad(StandardItem.CITY_WIDE.equals(e.fromCounty())
                                ? Messages.get("standards.row.cityWide") : Messages.get("standards.row.county"), 16)
                        + source(e));
            }
        }
        return ExitCodes.OK;
    }

    /**
     * A standards item in the user's words (低保标准, 经济作物纯收入标准（苹果）); its code where no word is known,
     * and in English, where the code is what standards.csv holds.
     */
    static String itemWord(String item) {
        String key = "word.standard." + item;
        String word = Messages.get(key);
        if (!word.equals(key)) {
            return word;
        }
        for (String kind : new String[] {"CROP_", "CASH_"}) {
            if (item.startsWith(kind)) {
                String cropKey = "word.crop." + item.substring(kind.length());
                String crop = Messages.get(cropKey);
                return crop.equals(cropKey) ? item : Messages.get("word.standard." + kind, crop);
            }
        }
        return item;
    }

    private static String county(String code) {
        return StandardItem.CITY_WIDE.equals(code) ? Messages.get("standards.cityWide") : code + " "
                + Counties.name(code);
    }

    private static String source(EffectiveStandards.Entry e) {
        if (e.source() == null) {
            return Messages.get("standards.source.unknown");
        }
        return Messages.get(e.source().shipped() ? "standards.source.shipped" : "standards.source.folder",
                e.source().file(), e.source().line());
    }
}
