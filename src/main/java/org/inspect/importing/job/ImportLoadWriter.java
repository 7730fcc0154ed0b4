package org.inspect.importing.job;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.inspect.batch.JobServices;
import org.inspect.store.RollWriter;

/** Writes a chunk of one file into the LOADING snapshot, idempotently (see {@link RollWriter}). */
// public for JBeret: batch/Artifacts builds the artifacts the job XMLs name, by class name, through reflection
public class ImportLoadWriter extends AbstractItemWriter {

    private final JobServices services;

    public ImportLoadWriter(JobServices services) {
        this.services = services;
    }

    @Inject
    StepContext stepContext;

    @Override
    public void writeItems(List<Object> items) {
        List<RollWriter.Line> lines = new ArrayList<>(items.size());
        for (Object o : items) {
            lines.add((RollWriter.Line) o);
        }
        ImportLoadReader.LoadTarget target = (ImportLoadReader.LoadTarget) stepContext.getTransientUserData();
        new RollWriter(services.database()).write(target.snapshotId(), lines, target.restart());
    }
}
