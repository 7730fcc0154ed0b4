package org.inspect.cli;

import org.inspect.batch.BatchRuntime;
import org.inspect.config.Settings;
import org.inspect.progress.Progress;
import org.inspect.store.Database;

/**
 * The open database and batch runtime of one command, closed (database shut down) when the command ends, and the
 * city's settings they were opened with.
 */
final class Workspace implements AutoCloseable {

    private final Database database;
    private final Settings settings;
    private final BatchRuntime batch;

    private Workspace(Database database, Settings settings, BatchRuntime batch) {
        this.database = database;
        this.settings = settings;
        this.batch = batch;
    }

    /**
     * Opens the database of the data folder, which must exist: a command that reads, pointed at a folder without
     * a database, says so instead of creating an empty one.
     */
    static Workspace open(GlobalOptions global) {
        return open(global, Progress.SILENT);
    }

    /** As {@link #open(GlobalOptions)}, the jobs reporting progress to {@code progress}. */
    static Workspace open(GlobalOptions global, Progress progress) {
        org.inspect.store.DatabaseSettings settings = global.databaseSettings();
        if (!Database.exists(global.dataDir(), settings)) {
            if (!settings.isEmbedded()) {
                throw new org.inspect.error.NotFoundException("no inspect schema in " + settings.describe())
                        .localized("error.db.noSchema", settings.describe());
            }
            throw new org.inspect.error.NotFoundException("no database in " + global.dataDir())
                    .localized("error.noDatabase", global.dataDir().toAbsolutePath().normalize());
        }
        return create(global, progress);
    }

    /** Opens the database of the data folder, creating it when there is none (import, demo). */
    static Workspace create(GlobalOptions global) {
        return create(global, Progress.SILENT);
    }

    /** As {@link #create(GlobalOptions)}, the jobs reporting progress to {@code progress}. */
    static Workspace create(GlobalOptions global, Progress progress) {
        if (global.verbose()) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
        }
        Settings settings = global.settings();
        Database db = Database.open(global.dataDir(), global.databaseSettings());
        try {
            return new Workspace(db, settings, BatchRuntime.open(db, settings, progress));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    Database database() {
        return database;
    }

    BatchRuntime batch() {
        return batch;
    }

    /** The city's settings, which the services of this command are given. */
    Settings settings() {
        return settings;
    }

    @Override
    public void close() {
        batch.close();
        database.close();
    }
}
