package org.inspect.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.batch.api.partition.PartitionPlan;
import java.nio.file.Path;
import java.time.LocalDate;
import org.inspect.importing.ImportService;
import org.inspect.importing.job.ImportParameters;
import org.inspect.progress.Progress;
import org.inspect.store.Database;
import org.inspect.store.DatabaseSettings.Kind;
import org.inspect.store.Snapshots;
import org.inspect.testing.RollFixture;
import org.inspect.testing.TestSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How many partitions run at once: two on PostgreSQL, one on the embedded HSQLDB, never more than there are. */
class PartitionThreadsTest {

    @TempDir
    Path tmp;

    @Test
    void theEmbeddedDatabaseTakesOnePartitionAtATimeAServerTwo() {
        assertEquals(1, PartitionThreads.of(Kind.HSQLDB, 8));
        assertEquals(2, PartitionThreads.of(Kind.POSTGRESQL, 8));
        assertEquals(1, PartitionThreads.of(Kind.POSTGRESQL, 1));
        assertEquals(1, PartitionThreads.of(Kind.POSTGRESQL, 0), "a step with no partition still gets a thread");
    }

    @Test
    void aCountyPlanHasAPartitionPerCountyAndTheDatabasesThreads() {
        Path rolls = RollFixture.write(tmp.resolve("rolls"), 60);
        try (Database db = Database.open(tmp.resolve("data"));
                BatchRuntime runtime = BatchRuntime.open(db, TestSettings.PROJECT, Progress.SILENT)) {
            new ImportService(db, runtime).importFolder(new ImportParameters(rolls, "2019-03", false,
                    tmp.resolve("rejects.csv"), LocalDate.of(2019, 3, 1)), false);
            long snapshot = new Snapshots(db).activeId("2019-03");
            PartitionPlan plan = CountyPartitions.of(db, snapshot);
            int counties = new org.inspect.store.RollReader(db, snapshot).countyHouseholds().size();
            assertEquals(counties, plan.getPartitions());
            assertEquals(PartitionThreads.of(db.kind(), counties), plan.getThreads());
            assertEquals(db.kind() == Kind.HSQLDB ? 1 : Math.min(2, counties), plan.getThreads());
        }
    }
}
