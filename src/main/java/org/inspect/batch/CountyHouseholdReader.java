package org.inspect.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import org.inspect.model.HouseholdFile;
import org.inspect.store.RollReader;

/**
 * Reads the households of one county partition, each with everything loaded for it, in household-id order. The
 * checkpoint is the last household id read, from which a restarted partition resumes. Subclasses name the
 * snapshot and may pass over households.
 */
public abstract class CountyHouseholdReader extends AbstractItemReader {

    @Inject
    protected JobContext jobContext;

    @Inject
    @BatchProperty
    protected String county;

    private RollReader.HouseholdCursor cursor;
    private String last;

    /** The snapshot this job reads, from its parameters. */
    protected abstract long snapshotId();

    /** Whether a household is handed on (all by default). */
    protected boolean wanted(String householdId) {
        return true;
    }

    @Override
    public void open(Serializable checkpoint) {
        last = (String) checkpoint;
        cursor = new RollReader(BatchRuntime.database(), snapshotId()).openHouseholds(county, last);
    }

    @Override
    public Object readItem() {
        while (cursor.hasNext()) {
            HouseholdFile f = cursor.next();
            last = f.household().householdId();
            if (wanted(last)) {
                return f;
            }
        }
        return null;
    }

    @Override
    public Serializable checkpointInfo() {
        return last;
    }

    @Override
    public void close() {
        if (cursor != null) {
            cursor.close();
        }
    }
}
