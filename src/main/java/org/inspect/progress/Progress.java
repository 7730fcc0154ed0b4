package org.inspect.progress;

/**
 * Where a long task (a job's partition, a file being loaded) says how far it is. Services and batch jobs are given
 * one and know nothing of the terminal: the CLI draws a bar or prints lines, a test or a later web page may do
 * something else, or nothing.
 */
public interface Progress {

    /** Says nothing. */
    Progress SILENT = (label, total) -> Task.NONE;

    /** Starts reporting on a task of {@code total} units named {@code label}. */
    Task start(String label, long total);

    /** One task under way; {@link #done()} once at the end. */
    interface Task {

        /** A task nobody watches. */
        Task NONE = new Task() {
            @Override
            public void update(long done) {
            }

            @Override
            public void done() {
            }
        };

        /** {@code done} of the total units are finished. */
        void update(long done);

        /** The task ended. */
        void done();
    }
}
