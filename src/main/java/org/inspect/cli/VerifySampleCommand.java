package org.inspect.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.inspect.error.BadInputException;
import org.inspect.error.ExitCodes;
import org.inspect.error.MismatchException;
import org.inspect.error.NotFoundException;
import org.inspect.sampling.Manifest;
import org.inspect.sampling.HouseholdFrame;
import org.inspect.sampling.SampleRun;
import org.inspect.sampling.SampleRuns;
import org.inspect.sampling.SampleVerifier;
import org.inspect.sampling.StratumMismatch;
import org.inspect.store.RollReader;
import org.inspect.store.Snapshots;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code inspect verify-sample RUN [--manifest FILE]}: re-derives the frame and the draw from the rolls and the
 * plan and seed of the manifest, says "verified" or names every stratum that differs (exit code 6).
 */
@Command(name = "verify-sample", resourceBundle = "org.inspect.cli.sampling", mixinStandardHelpOptions = true)
public final class VerifySampleCommand implements Callable<Integer> {

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
            Snapshots snapshots = new Snapshots(ws.database());
            SampleRun run = runId == null ? null : new SampleRuns(ws.database()).completed(runId);
            Manifest m = manifestFile != null ? read(manifestFile) : new SampleRuns(ws.database()).manifest(runId);
            String label = snapshot != null ? snapshot : run != null ? run.snapshotLabel() : null;
            long snapshotId = snapshots.activeId(label);
            List<StratumMismatch> differences = SampleVerifier.verify(m, HouseholdFrame.of(ws.database(), snapshotId, m.samplingPlan()),
                    new RollReader(ws.database(), snapshotId).inspectors());
            if (differences.isEmpty()) {
                int cases = m.strata().stream().mapToInt(s -> s.sampleSize()).sum();
                console.println(manifestFile != null
                        ? Messages.get("verify.okFile", manifestFile, snapshots.label(snapshotId), m.strata().size(),
                                cases, Long.toString(m.seed()))
                        : Messages.get("verify.ok", runId, snapshots.label(snapshotId), m.strata().size(), cases,
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

    /** The strata of a stored sample run that no longer match its snapshot label's current rolls. */
    static List<StratumMismatch> differences(Workspace ws, long runId) {
        SampleRun run = new SampleRuns(ws.database()).completed(runId);
        long snapshotId = new Snapshots(ws.database()).activeId(run.snapshotLabel());
        Manifest m = new SampleRuns(ws.database()).manifest(runId);
        return SampleVerifier.verify(m, HouseholdFrame.of(ws.database(), snapshotId, m.samplingPlan()),
                new RollReader(ws.database(), snapshotId).inspectors());
    }

    private static Manifest read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new NotFoundException("no manifest file " + file);
        }
        try {
            return Manifest.fromJson(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new BadInputException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
