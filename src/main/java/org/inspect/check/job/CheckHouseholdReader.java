package org.inspect.check.job;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Set;
import org.inspect.batch.BatchRuntime;
import org.inspect.check.SampleScope;
import org.inspect.model.HouseholdFile;
import org.inspect.store.RollReader;

/**
 * Reads the households of one county with everything loaded for each; with a sample run, only the households
 * of sampled cases. The checkpoint is the last household id, from which a restart resumes.
 */
public class CheckHouseholdReader extends AbstractItemReader {

    @Inject
    JobContext jobContext;

    @Inject
    @BatchProperty
    String county;

    private RollReader.HouseholdCursor cursor;
    private Set<String> sampled;
    private String last;

    @Override
    public void open(Serializable checkpoint) {
        CheckParameters p = CheckParameters.of(BatchRuntime.jobParameters(jobContext));
        last = (String) checkpoint;
        if (p.sampleRunId() != null) {
            sampled = new SampleScope(BatchRuntime.database(), p.sampleRunId()).households(county);
        }
        cursor = new RollReader(BatchRuntime.database(), p.snapshotId()).openHouseholds(county, last);
    }

    @Override
    public Object readItem() {
        while (cursor.hasNext()) {
            HouseholdFile f = cursor.next();
            last = f.household().householdId();
            if (sampled == null || sampled.contains(last)) {
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
