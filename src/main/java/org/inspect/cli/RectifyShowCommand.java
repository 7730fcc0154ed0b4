package org.inspect.cli;

import java.util.concurrent.Callable;
import org.inspect.error.ExitCodes;
import org.inspect.model.Counties;
import org.inspect.model.Masking;
import org.inspect.rectification.Event;
import org.inspect.rectification.Evidence;
import org.inspect.rectification.Item;
import org.inspect.rectification.Rectification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code inspect rectify show ITEM}: the item, its history and its evidence files with their hashes. */
@Command(name = "show", resourceBundle = "org.inspect.cli.rectify", mixinStandardHelpOptions = true)
final class RectifyShowCommand implements Callable<Integer> {

    private final Console console;

    RectifyShowCommand(Console console) {
        this.console = console;
    }

    @Mixin
    GlobalOptions global;

    @Parameters(paramLabel = "ITEM", descriptionKey = "rectify.item")
    long item;

    @Option(names = "--full-data", descriptionKey = "rectify.fullData")
    boolean fullData;

    @Override
    public Integer call() {
        Rectification.Detail d;
        try (Workspace ws = Workspace.open(global)) {
            d = RectifyCommand.service(ws).show(item);
        }
        Item i = d.item();
        console.println(Messages.get("rectify.show.item", i.id(), i.noticeNumber(), i.itemNo(),
                Counties.name(i.countyCode()), i.state().chinese(), i.deadline(), i.issuedOn()));
        console.println(Messages.get("rectify.show.subject", ruleWord(i.rule()), nz(i.householdId()), nz(i.caseId()),
                i.idNumber() == null ? "-" : fullData ? i.idNumber() : Masking.idNumber(i.idNumber()), i.findingId()));
        console.println("    " + Messages.sentence(fullData ? i.detail() : i.detailMasked()));
        console.println(Messages.get("rectify.show.history"));
        for (Event e : d.events()) {
            RectifyHistoryCommand.print(console, e);
        }
        if (!d.evidence().isEmpty()) {
            console.println(Messages.get("rectify.show.evidence"));
            for (Event e : d.events()) {
                for (Evidence x : e.evidence()) {
                    console.println(Messages.get("rectify.show.file", x.sha256(), x.name(), e.seq(),
                            Messages.get("rectify.evidence." + d.evidence().get(x.sha256()))));
                }
            }
        }
        return ExitCodes.OK;
    }

    private static String nz(String s) {
        return s == null || s.isEmpty() ? "-" : s;
    }

    /** The rule in words (漏保), or its code when it is none the toolkit knows. */
    static String ruleWord(String rule) {
        try {
            return Messages.word(org.inspect.model.Rule.valueOf(rule));
        } catch (IllegalArgumentException e) {
            return rule;
        }
    }
}
