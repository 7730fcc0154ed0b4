package org.inspect.sampling.job;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import org.inspect.batch.JobServices;
import org.inspect.error.InspectException;
import org.inspect.sampling.Manifest;
import org.inspect.sampling.HouseholdFrame;
import org.inspect.sampling.SampleResult;
import org.inspect.sampling.SampleRun;
import org.inspect.sampling.SampleRunStore;
import org.inspect.sampling.Sampler;
import org.inspect.store.Database;
import org.inspect.store.RollReader;

/**
 * Step {@code sample.draw}: runs the {@link Sampler} over the snapshot's frame (streamed twice from the database)
 * and the inspector pool, and stores the run's cases, assignments and manifest in one transaction. A plan that
 * cannot be honoured (too few inspectors after avoidance, no case in the frame) marks the run FAILED with the
 * reason and ends the step with exit status {@code NOT_HONOURED}: a restart could not change that, and the
 * command reports the reason rather than a stack trace.
 */
// public for JBeret: batch/Artifacts builds the artifacts the job XMLs name, by class name, through reflection
public class SampleDrawBatchlet extends AbstractBatchlet {

    private final JobServices services;

    public SampleDrawBatchlet(JobServices services) {
        this.services = services;
    }

    static final String NOT_HONOURED = "NOT_HONOURED";

    @Inject
    JobContext jobContext;

    @Override
    public String process() {
        SampleParameters p = SampleParameters.of(services.jobParameters(jobContext));
        Database db = services.database();
        SampleRunStore runs = new SampleRunStore(db);
        SampleRun run = runs.get(p.runId());
        try {
            SampleResult result = new Sampler(run.plan(), run.seed(), run.seedText())
                    .draw(HouseholdFrame.of(db, run.snapshotId(), run.plan()), new RollReader(db, run.snapshotId()).inspectors(),
                            run.teamSize());
            Manifest manifest = result.toManifest(toolkitVersion(), p.drawnAt().truncatedTo(ChronoUnit.MILLIS));
            runs.store(run.id(), result, manifest);
            return "DRAWN:" + result.sampleSize();
        } catch (InspectException e) {
            runs.fail(run.id(), e.getMessage());
            return NOT_HONOURED;
        }
    }

    private static String toolkitVersion() {
        String v = SampleDrawBatchlet.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
