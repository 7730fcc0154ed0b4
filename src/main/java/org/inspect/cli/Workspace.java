package org.inspect.cli;

import org.inspect.batch.BatchRuntime;
import org.inspect.store.Database;

/** The open database and batch runtime of one command, closed (database shut down) when the command ends. */
final class Workspace implements AutoCloseable {

    private final Database database;
    private final BatchRuntime batch;

    private Workspace(Database database, BatchRuntime batch) {
        this.database = database;
        this.batch = batch;
    }

    static Workspace open(GlobalOptions global) {
        if (global.verbose()) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
        }
        Database db = Database.open(global.dataDir());
        try {
            return new Workspace(db, BatchRuntime.open(db));
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

    @Override
    public void close() {
        batch.close();
        database.close();
    }
}
