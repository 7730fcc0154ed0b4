package org.inspect.batch;

import jakarta.batch.runtime.context.JobContext;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.inspect.config.Settings;
import org.inspect.progress.Progress;
import org.inspect.store.Database;

/**
 * What the batch artifacts of one {@link BatchRuntime} may use: its database, the city's settings, the parameters of
 * the running execution, where to report progress, and a place to hand a result back to the code that started the job.
 * Artifacts receive it in their constructor (see {@link Artifacts}), so two runtimes over two databases can run
 * jobs in one process.
 */
public final class JobServices {

    private final Database database;
    private final Settings settings;
    private final BatchRuntime runtime;
    private final Progress progress;
    private final Map<Long, Object> handedOver = new ConcurrentHashMap<>();

    JobServices(Database database, Settings settings, BatchRuntime runtime, Progress progress) {
        this.database = database;
        this.settings = settings;
        this.runtime = runtime;
        this.progress = progress;
    }

    /** The database the jobs of this runtime read and write. */
    public Database database() {
        return database;
    }

    /** The city's settings (its config folder), given to the runtime by the code that opened it. */
    public Settings settings() {
        return settings;
    }

    /** The parameters the running execution was started (or restarted) with. */
    public Properties jobParameters(JobContext jobContext) {
        return runtime.operator().getParameters(jobContext.getExecutionId());
    }

    /**
     * Whether the running execution restarts an earlier one of its job instance: a chunk committed by the earlier
     * one may then be replayed, so writers must replace what it wrote rather than only add.
     */
    public boolean isRestart(JobContext jobContext) {
        return executionCount(jobContext.getInstanceId()) > 1;
    }

    /** How many executions a job instance has had (more than one: it was restarted). */
    public long executionCount(long jobInstanceId) {
        return runtime.executionCount(jobInstanceId);
    }

    /** Where long steps report how far they are. */
    public Progress progress() {
        return progress;
    }

    /** Leaves a result of an execution for the code that started it (same runtime), e.g. a validation report. */
    public void handOver(long executionId, Object result) {
        handedOver.put(executionId, result);
    }

    /** The result an execution handed over, removed on read; null if none. */
    public <T> T take(long executionId, Class<T> type) {
        return type.cast(handedOver.remove(executionId));
    }
}
