package org.inspect.importing.job;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.Set;
import org.inspect.batch.JobServices;
import org.inspect.importing.ParsedRow;
import org.inspect.importing.RollFile;
import org.inspect.importing.RollFolder;
import org.inspect.importing.RowSource;
import org.inspect.importing.RowSources;
import org.inspect.progress.Progress;
import org.inspect.store.Database;
import org.inspect.store.LoadingSnapshot;
import org.inspect.store.RollWriter;
import org.inspect.store.Snapshots;

/**
 * Reads one file of the folder for step {@code import.load}, passing on the valid rows that were not rejected.
 * Its checkpoint is the last line handed on; on restart it reads past that line again.
 */
// public for JBeret: batch/Artifacts builds the artifacts the job XMLs name, by class name, through reflection
public class ImportLoadReader extends AbstractItemReader {

    private final JobServices services;

    public ImportLoadReader(JobServices services) {
        this.services = services;
    }

    /** Files with more data rows than this show progress. */
    private static final long PROGRESS_THRESHOLD = 5000;

    @Inject
    JobContext jobContext;

    @Inject
    StepContext stepContext;

    @Inject
    @BatchProperty
    String rollFile;

    private RowSource source;
    private Set<Long> rejected;
    private long lastLine;
    private Progress.Task progress;
    private String fileName;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        ImportParameters params = ImportParameters.of(services.jobParameters(jobContext));
        Database db = services.database();
        RollFile kind = RollFile.valueOf(rollFile);
        Path file = RollFolder.scan(params.dir()).file(kind).orElseThrow();
        fileName = file.getFileName().toString();
        long snapshotId = new Snapshots(db).loadingOf(jobContext.getInstanceId()).orElseThrow(
                () -> new IllegalStateException("import job instance " + jobContext.getInstanceId()
                        + " has no LOADING snapshot"));
        stepContext.setTransientUserData(new LoadTarget(snapshotId, services.isRestart(jobContext)));
        rejected = new LoadingSnapshot(db).rejectedLines(snapshotId, kind.name());
        lastLine = checkpoint == null ? 0 : (Long) checkpoint;
        source = RowSources.open(file, kind, params.referenceDate());
        if (java.nio.file.Files.size(file) > PROGRESS_THRESHOLD * 60) {
            progress = services.progress().start(fileName, 1000);
        }
    }

    /** What the writer needs: the snapshot to fill, and whether its lines may already be there. */
    record LoadTarget(long snapshotId, boolean restart) {
    }

    @Override
    public Object readItem() {
        for (ParsedRow row = source.next(); row != null; row = source.next()) {
            if (row.line() <= lastLine || rejected.contains(row.line())
                    || rejected.contains(ImportValidateBatchlet.WHOLE_FILE) || !row.valid()) {
                continue;
            }
            lastLine = row.line();
            if (progress != null) {
                progress.update((long) (source.progress() * 1000));
            }
            return new RollWriter.Line(row.line(), row.value());
        }
        if (progress != null) {
            progress.update(1000);
            progress.done();
            progress = null;
        }
        return null;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastLine;
    }

    @Override
    public void close() {
        if (source != null) {
            source.close();
        }
    }
}
