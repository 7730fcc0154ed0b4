package org.inspect.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.inspect.error.BadInputException;
import org.inspect.error.ExitCodes;
import org.inspect.error.MismatchException;
import org.inspect.sampling.Manifest;
import org.inspect.sampling.SampleService;
import org.inspect.sampling.StratumMismatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code inspect verify-sample RUN [--manifest FILE]}: re-derives the frame and the draw from the rolls and the
 * plan and seed of the manifest, says "verified" or names every stratum that differs (exit code 6).
 */
@Command(name = "verify-sample", resourceBundle = "org.inspect.cli.sampling", mixinStandardHelpOptions = true)
final class VerifySampleCommand implements Callable<Integer> {

    private final Console console;

    VerifySampleCommand(Console console) {
        this.console = console;
    }

    @Mixin
    GlobalOptions global;

    @Parameters(index = "0", arity = "0..1", paramLabel = "RUN", descriptionKey = "verify.run")
    Long runId;

    @Option(names = "--manifest", paramLabel = "FILE", descriptionKey = "verify.manifest")
    Path manifestFile;

    @Option(names = "--snapshot", paramLabel = "LABEL", descriptionKey = "verify.snapshot")
    String snapshot;

    @Override
    public Integer call() {
        if (runId == null && manifestFile == null) {
            throw new BadInputException(Messages.get("verify.needRun"));
        }
        try (Workspace ws = Workspace.open(global)) {
            SampleService.Verification v = new SampleService(ws.database(), null).verify(runId, manifestFile, snapshot);
            Manifest m = v.manifest();
            List<StratumMismatch> differences = v.differences();
            if (differences.isEmpty()) {
                int cases = m.strata().stream().mapToInt(s -> s.sampleSize()).sum();
                console.println(manifestFile != null
                        ? Messages.get("verify.okFile", manifestFile, v.snapshotLabel(), m.strata().size(),
                                cases, Long.toString(m.seed()))
                        : Messages.get("verify.ok", runId, v.snapshotLabel(), m.strata().size(), cases,
                                Long.toString(m.seed())));
                return ExitCodes.OK;
            }
            for (StratumMismatch d : differences) {
                console.println(Messages.get("verify.differs", d.stratumKey()));
                d.differences().forEach(line -> console.println(Messages.get("verify.detail", line)));
            }
            throw new MismatchException(Messages.get("verify.mismatch", differences.size()));
        }
    }
}
