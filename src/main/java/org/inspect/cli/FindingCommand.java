package org.inspect.cli;

import java.util.concurrent.Callable;
import org.inspect.check.FindingService;
import org.inspect.error.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code inspect finding confirm|dismiss ID}: records the field team's verdict on a finding. */
@Command(name = "finding", resourceBundle = "org.inspect.cli.messages", mixinStandardHelpOptions = true,
        subcommands = {FindingCommand.Confirm.class, FindingCommand.Dismiss.class})
final class FindingCommand extends ParentCommand {

    @Mixin
    GlobalOptions global;

    @Command(name = "confirm", resourceBundle = "org.inspect.cli.messages", mixinStandardHelpOptions = true)
    static final class Confirm implements Callable<Integer> {
        private final Console console;

        Confirm(Console console) {
            this.console = console;
        }

        @Mixin
        GlobalOptions global;

        @Parameters(paramLabel = "ID", descriptionKey = "finding.id")
        long id;

        @Mixin
        UserOption account;

        @Option(names = "--reason", paramLabel = "TEXT", descriptionKey = "finding.note")
        String reason;

        @Override
        public Integer call() {
            try (Workspace ws = Workspace.open(global)) {
                org.inspect.context.Actor by = account.context(ws, console).actor();
                int later = new FindingService(ws.database(), Contexts.system().clock()).confirm(id, by, reason);
                console.println(Messages.get("finding.confirmed", id, by.name()));
                if (later > 0) {
                    console.println(Messages.get("finding.laterRuns", later));
                }
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "dismiss", resourceBundle = "org.inspect.cli.messages", mixinStandardHelpOptions = true)
    static final class Dismiss implements Callable<Integer> {
        private final Console console;

        Dismiss(Console console) {
            this.console = console;
        }

        @Mixin
        GlobalOptions global;

        @Parameters(paramLabel = "ID", descriptionKey = "finding.id")
        long id;

        @Mixin
        UserOption account;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", descriptionKey = "finding.reason")
        String reason;

        @Mixin
        DateOption date;

        @Override
        public Integer call() {
            DateOption.Day day = date.day(global.settings());
            try (Workspace ws = Workspace.open(global)) {
                org.inspect.context.Context context = account.context(ws, console, day.day());
                FindingService.Dismissal d = new FindingService(ws.database(), context.clock())
                        .dismiss(id, context.actor(), reason);
                var withdrawn = RectifyCommand.service(ws, context).withdrawFinding(d.key(), reason);
                console.println(Messages.get("finding.dismissed", id, context.actor().name()));
                if (d.laterRuns() > 0) {
                    console.println(Messages.get("finding.laterRuns", d.laterRuns()));
                }
                if (withdrawn != null) {
                    console.println(Messages.get("rectify.withdrawn", withdrawn.itemId(), withdrawn.from().chinese()));
                }
            }
            return ExitCodes.OK;
        }
    }
}
