package org.inspect.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.StepExecution;
import jakarta.batch.runtime.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.inspect.config.Settings;
import org.inspect.error.NotFoundException;
import org.inspect.progress.Progress;
import org.inspect.store.Database;
import org.inspect.store.JobExecutionStore;
import org.jberet.operations.JobOperatorImpl;
import org.jberet.repository.JdbcRepository;
import org.jberet.repository.JobRepository;
import org.jberet.se.BatchSEEnvironment;
import org.jberet.spi.ArtifactFactory;
import org.jberet.spi.BatchEnvironment;
import org.jberet.spi.JobTask;
import org.jberet.spi.JobXmlResolver;

/**
 * Jakarta Batch on JBeret SE, without CDI: the JDBC job repository lives in the toolkit's own database, and the
 * artifacts of this runtime's jobs are built with its {@link JobServices} (its database, settings and progress), so
 * several runtimes over several databases may run in one process.
 */
public final class BatchRuntime implements AutoCloseable {

    private final JobExecutionStore jobExecutions;
    private final JobServices services;
    private final JobOperator operator;

    private BatchRuntime(Database database, Settings settings, Progress progress) {
        this.jobExecutions = new JobExecutionStore(database);
        this.services = new JobServices(database, settings, this, progress);
        this.operator = new JobOperatorImpl(new Environment(database, services));
    }

    /** Starts a batch runtime over an open database, its jobs reading {@code settings} and reporting no progress. */
    public static BatchRuntime open(Database database, Settings settings) {
        return open(database, settings, Progress.SILENT);
    }

    /** Starts a batch runtime over an open database, its jobs reading {@code settings} and reporting to {@code progress}. */
    public static BatchRuntime open(Database database, Settings settings, Progress progress) {
        return new BatchRuntime(database, settings, progress);
    }

    /** What this runtime's jobs are given; also where they hand results back to the code that started them. */
    public JobServices services() {
        return services;
    }

    public JobOperator operator() {
        return operator;
    }

    /** Starts a job and waits for it to end. */
    public JobResult run(String jobName, Properties parameters) {
        long id = operator.start(jobName, parameters);
        return await(id);
    }

    /** Restarts a stopped, failed or killed (left STARTED) execution and waits for it to end. */
    public JobResult restart(long executionId, Properties parameters) {
        long id = operator.restart(executionId, parameters);
        return await(id);
    }

    /**
     * Restarts a stopped, failed or killed execution with the parameters it was started with and waits for it to
     * end; an execution the repository does not know is not found.
     */
    public JobResult restart(long executionId) {
        Properties params;
        try {
            params = operator.getParameters(executionId);
        } catch (jakarta.batch.operations.NoSuchJobExecutionException e) {
            // only a missing execution is "not found"; anything else (the repository unreadable, ...) is itself
            throw new NotFoundException("no job execution " + executionId, e)
                    .localized("restart.notFound", executionId);
        }
        return restart(executionId, params);
    }

    /** Waits until the execution leaves STARTING/STARTED/STOPPING. */
    public JobResult await(long executionId) {
        while (true) {
            JobExecution ex = operator.getJobExecution(executionId);
            BatchStatus s = ex.getBatchStatus();
            if (s != BatchStatus.STARTING && s != BatchStatus.STARTED && s != BatchStatus.STOPPING) {
                awaitTermination(ex);
                return result(operator.getJobExecution(executionId));
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for job " + executionId, e);
            }
        }
    }

    /**
     * Waits until JBeret has also written the final status to the repository: the status flips before that
     * write, and closing the database in between would leave the execution STARTED.
     */
    private static void awaitTermination(JobExecution ex) {
        if (ex instanceof org.jberet.runtime.JobExecutionImpl impl) {
            try {
                impl.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The execution's status with each step's status, exit status and counts. */
    public JobResult result(JobExecution ex) {
        List<JobResult.Step> steps = new ArrayList<>();
        for (StepExecution se : operator.getStepExecutions(ex.getExecutionId())) {
            long read = 0;
            long written = 0;
            long skipped = 0;
            for (Metric m : se.getMetrics()) {
                switch (m.getType()) {
                    case READ_COUNT -> read = m.getValue();
                    case WRITE_COUNT -> written = m.getValue();
                    case READ_SKIP_COUNT, PROCESS_SKIP_COUNT, WRITE_SKIP_COUNT -> skipped += m.getValue();
                    default -> { }
                }
            }
            steps.add(new JobResult.Step(se.getStepName(), se.getBatchStatus(), se.getExitStatus(), read, written,
                    skipped, failureOf(se)));
        }
        return new JobResult(ex.getExecutionId(), ex.getJobName(), ex.getBatchStatus(), ex.getExitStatus(),
                ex.getStartTime(), ex.getEndTime(), steps);
    }

    /** The exception a step, or else one of its partitions, failed with (JBeret keeps it in memory). */
    private static Throwable failureOf(StepExecution se) {
        if (se.getBatchStatus() != BatchStatus.FAILED || !(se instanceof org.jberet.runtime.AbstractStepExecution a)) {
            return null;
        }
        if (a.getException() != null) {
            return a.getException();
        }
        if (se instanceof org.jberet.runtime.StepExecutionImpl impl && impl.getPartitionExecutions() != null) {
            for (org.jberet.runtime.PartitionExecutionImpl p : impl.getPartitionExecutions()) {
                if (p.getException() != null) {
                    return p.getException();
                }
            }
        }
        return null;
    }

    /** How many executions a job instance has had (more than one: it was restarted). */
    long executionCount(long jobInstanceId) {
        return jobExecutions.executionIdsOf(jobInstanceId).size();
    }

    /** The newest execution of a job instance. */
    public long latestExecutionOf(long jobInstanceId) {
        Long id = jobExecutions.latestExecutionOf(jobInstanceId);
        if (id == null) {
            throw new IllegalStateException("job instance " + jobInstanceId + " has no execution");
        }
        return id;
    }

    /** The newest {@code limit} executions of every job, newest first. */
    public List<JobResult> executions(int limit) {
        List<JobResult> out = new ArrayList<>();
        for (long id : jobExecutions.latestExecutions(limit)) {
            out.add(result(operator.getJobExecution(id)));
        }
        return out;
    }

    /** Nothing to release: the database, which holds the job repository, is closed by whoever opened it. */
    @Override
    public void close() {
    }

    /** JBeret SE's environment with the repository in our database and no CDI container. */
    private static final class Environment implements BatchEnvironment {
        private final BatchSEEnvironment se = new BatchSEEnvironment();
        private final JobRepository repository;
        private final ArtifactFactory artifacts;

        Environment(Database db, JobServices services) {
            this.repository = new JdbcRepository(db.dataSource(), new Properties());
            this.artifacts = new Artifacts(services);
        }

        @Override
        public ClassLoader getClassLoader() {
            return BatchRuntime.class.getClassLoader();
        }

        @Override
        public ArtifactFactory getArtifactFactory() {
            return artifacts;
        }

        @Override
        public void submitTask(JobTask task) {
            se.submitTask(task);
        }

        @Override
        public jakarta.transaction.TransactionManager getTransactionManager() {
            return se.getTransactionManager();
        }

        @Override
        public JobRepository getJobRepository() {
            return repository;
        }

        @Override
        public JobXmlResolver getJobXmlResolver() {
            return se.getJobXmlResolver();
        }

        @Override
        public Properties getBatchConfigurationProperties() {
            return se.getBatchConfigurationProperties();
        }

        @Override
        public String getApplicationName() {
            return "inspect";
        }
    }

}
