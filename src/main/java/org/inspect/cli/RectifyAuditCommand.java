package org.inspect.cli;

import java.util.concurrent.Callable;
import org.inspect.error.ExitCodes;
import org.inspect.rectification.Audit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code inspect rectify audit}: proves the history (hash chain, head, replay of each item's state, evidence
 * files); names each difference and exits 6 if there is any.
 */
@Command(name = "audit", resourceBundle = "org.inspect.cli.rectify", mixinStandardHelpOptions = true)
final class RectifyAuditCommand implements Callable<Integer> {

    private final Console console;

    RectifyAuditCommand(Console console) {
        this.console = console;
    }

    @Mixin
    GlobalOptions global;

    @Override
    public Integer call() {
        Audit.Report r;
        try (Workspace ws = Workspace.open(global)) {
            r = RectifyCommand.service(ws).audit();
        }
        for (Audit.Problem p : r.problems()) {
            console.println(Messages.get("rectify.audit." + p.kind(), p.ref(), p.detail()));
        }
        if (r.clean()) {
            console.println(Messages.get("rectify.audit.ok", r.events(), r.items(), r.evidenceFiles()));
            return ExitCodes.OK;
        }
        console.println(Messages.get("rectify.audit.failed", r.problems().size(), r.events(), r.items()));
        return ExitCodes.MISMATCH;
    }
}
