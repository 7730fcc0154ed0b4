package org.inspect.importing.job;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import org.inspect.batch.JobServices;
import org.inspect.runs.OpenRectification;
import org.inspect.runs.Runs;
import org.inspect.store.Snapshots;

/**
 * Step {@code import.publish}: analyses the loaded tables (PostgreSQL), makes the loaded snapshot the active one of its label in one transaction, then
 * frees the rows of replaced versions that no run refers to (keeping the newest replaced one for a restore).
 */
// public for JBeret: batch/Artifacts builds the artifacts the job XMLs name, by class name, through reflection
public class ImportPublishBatchlet extends AbstractBatchlet {

    private final JobServices services;

    public ImportPublishBatchlet(JobServices services) {
        this.services = services;
    }

    @Inject
    JobContext jobContext;

    @Override
    public String process() {
        Snapshots snapshots = new Snapshots(services.database());
        long id = snapshots.loadingOf(jobContext.getInstanceId()).orElseThrow(
                () -> new IllegalStateException("import job instance " + jobContext.getInstanceId()
                        + " has no LOADING snapshot"));
        snapshots.analyzeRollTables();
        snapshots.publish(id);
        snapshots.purgeReplaced(new Runs(services.database(), OpenRectification.NONE).referencedSnapshots());
        return "PUBLISHED:" + id;
    }
}
