package org.inspect.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.inspect.error.ExitCodes;
import org.inspect.rectification.Anchor;
import org.inspect.rectification.Audit;
import org.inspect.rectification.Rectification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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

    @Option(names = "--anchor", descriptionKey = "rectify.audit.anchor")
    boolean anchor;

    @Option(names = "--key", paramLabel = "FILE", descriptionKey = "rectify.audit.key")
    Path key;

    @Option(names = "--verify-anchor", paramLabel = "TEXT|FILE", descriptionKey = "rectify.audit.verifyAnchor")
    String verifyAnchor;

    @Override
    public Integer call() throws java.io.IOException {
        Audit.Report r;
        Anchor.Checkpoint checkpoint = null;
        Path keyFile;
        try (Workspace ws = Workspace.open(global)) {
            Rectification service = RectifyCommand.service(ws);
            keyFile = key != null ? key : ws.database().dataDir().resolve(Anchor.DEFAULT_FILE);
            r = service.audit();
            if (verifyAnchor != null) {
                String text = Files.isRegularFile(Path.of(verifyAnchor)) ? Files.readString(Path.of(verifyAnchor))
                        : verifyAnchor;
                List<Audit.Problem> all = new ArrayList<>(r.problems());
                all.addAll(service.verifyAnchor(text, keyFile));
                r = new Audit.Report(r.events(), r.items(), r.evidenceFiles(), all);
            }
            if (anchor && r.clean()) {
                checkpoint = service.anchor(keyFile);
            }
        }
        for (Audit.Problem p : r.problems()) {
            console.println(Messages.get("rectify.audit." + p.kind(), p.ref(), p.detail()));
        }
        if (r.clean()) {
            console.println(Messages.get("rectify.audit.ok", r.events(), r.items(), r.evidenceFiles()));
            if (verifyAnchor != null) {
                Anchor.Checkpoint c = Anchor.Checkpoint.parse(Files.isRegularFile(Path.of(verifyAnchor))
                        ? Files.readString(Path.of(verifyAnchor)) : verifyAnchor);
                console.println(Messages.get("rectify.anchor.ok", c.key(), c.seq()));
            }
            if (checkpoint != null) {
                console.println(Messages.get("rectify.anchor.head", checkpoint.seq(), checkpoint.hash()));
                console.println(Messages.get("rectify.anchor.key", keyFile, checkpoint.key()));
                console.println(Messages.get("rectify.anchor.checkpoint"));
                console.println(checkpoint.text());
            }
            return ExitCodes.OK;
        }
        console.println(Messages.get("rectify.audit.failed", r.problems().size(), r.events(), r.items()));
        return ExitCodes.MISMATCH;
    }
}
