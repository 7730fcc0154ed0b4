package org.inspect.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.function.Predicate;
import org.inspect.model.Counties;
import org.inspect.progress.Progress;
import org.inspect.model.HouseholdFile;
import org.inspect.store.RollReader;

/**
 * Reads the households of one county partition, each with everything loaded for it, in household-id order. The
 * checkpoint is the last household id read, from which a restarted partition resumes. Subclasses name the
 * snapshot and may pass over households.
 */
public abstract class CountyHouseholdReader extends AbstractItemReader {

    /** The services of the runtime this reader runs in. */
    protected final JobServices services;

    protected CountyHouseholdReader(JobServices services) {
        this.services = services;
    }

    @Inject
    protected JobContext jobContext;

    @Inject
    @BatchProperty
    protected String county;

    /** Partitions with more households than this report progress. */
    private static final long PROGRESS_THRESHOLD = 2000;

    private RollReader.HouseholdCursor cursor;
    private String last;
    private Progress.Task progress;
    private long total;
    private long read;

    /** The snapshot this job reads, from its parameters. */
    protected abstract long snapshotId();

    /** How many households of the county this reader will hand on (all by default), for progress. */
    protected long expectedCount(long countyTotal) {
        return countyTotal;
    }

    /**
     * Which households are handed on: {@code null} (the default) for all of them, which the cursor reads in one
     * pass per table where the database allows it; a filter for a few (a sample's).
     */
    protected Predicate<String> wanted() {
        return null;
    }

    @Override
    public void open(Serializable checkpoint) {
        last = (String) checkpoint;
        RollReader rolls = new RollReader(services.database(), snapshotId());
        total = expectedCount(rolls.householdCount(county));
        if (total > PROGRESS_THRESHOLD) {
            progress = services.progress().start(jobContext.getJobName() + " " + Counties.name(county), total);
        }
        cursor = rolls.openHouseholds(county, last, wanted());
    }

    @Override
    public Object readItem() {
        while (cursor.hasNext()) {
            HouseholdFile f = cursor.next();
            last = f.household().householdId();
            if (progress != null) {
                progress.update(++read);
            }
            return f;
        }
        if (progress != null) {
            progress.done();
            progress = null;
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
