package org.inspect.compare.job;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import org.inspect.batch.BatchRuntime;
import org.inspect.store.RollReader;

/** Reads the households of one county with their matched registered-poor rows; checkpoint: the last household id. */
public class CompareHouseholdReader extends AbstractItemReader {

    @Inject
    JobContext jobContext;

    @Inject
    @BatchProperty
    String county;

    private RollReader.HouseholdCursor cursor;
    private String last;

    @Override
    public void open(Serializable checkpoint) {
        CompareParameters p = CompareParameters.of(BatchRuntime.jobParameters(jobContext));
        last = (String) checkpoint;
        cursor = new RollReader(BatchRuntime.database(), p.snapshotId()).openHouseholds(county, last);
    }

    @Override
    public Object readItem() {
        if (!cursor.hasNext()) {
            return null;
        }
        var f = cursor.next();
        last = f.household().householdId();
        return f;
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
