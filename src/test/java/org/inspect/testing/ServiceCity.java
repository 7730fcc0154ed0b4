package org.inspect.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.inspect.batch.BatchRuntime;
import org.inspect.check.CheckRun;
import org.inspect.check.CheckService;
import org.inspect.demo.DemoCity;
import org.inspect.demo.DemoOptions;
import org.inspect.importing.ImportService;
import org.inspect.importing.job.ImportParameters;
import org.inspect.store.Database;

/**
 * A small demo city for the services' own tests, reached through the services only (no command line): 300 households
 * with planted anomalies imported as snapshot 2019-03 and checked in full. Open one per test class and close it.
 */
public final class ServiceCity implements AutoCloseable {

    public static final String LABEL = "2019-03";
    public static final LocalDate AS_OF = LocalDate.of(2019, 3, 1);
    /** The clock the services are given: 15 March 2019, 09:00 UTC. */
    public static final Clock CLOCK = Clock.fixed(java.time.Instant.parse("2019-03-15T09:00:00Z"), ZoneOffset.UTC);

    public final Path dir;
    public final Path plantedKey;
    public final Database db;
    public final BatchRuntime batch;
    public final CheckRun checkAll;

    private ServiceCity(Path dir, Path plantedKey, Database db, BatchRuntime batch, CheckRun checkAll) {
        this.dir = dir;
        this.plantedKey = plantedKey;
        this.db = db;
        this.batch = batch;
        this.checkAll = checkAll;
    }

    /** Generates, imports and checks the city under {@code dir}. */
    public static ServiceCity open(Path dir) {
        Path input = dir.resolve("input");
        Path key = dir.resolve("planted.csv");
        DemoCity.write(input, key, DemoOptions.defaults().withHouseholds(300).withSeed(11));
        Database db = Database.open(dir.resolve("data"));
        BatchRuntime batch = BatchRuntime.open(db, TestSettings.PROJECT);
        new ImportService(db, batch).importFolder(new ImportParameters(input, LABEL, false,
                dir.resolve("rejects.csv"), AS_OF), false);
        CheckRun run = new CheckService(db, batch, TestSettings.PROJECT).check(LABEL, AS_OF, null);
        return new ServiceCity(dir, key, db, batch, run);
    }

    @Override
    public void close() {
        batch.close();
        db.close();
    }
}
