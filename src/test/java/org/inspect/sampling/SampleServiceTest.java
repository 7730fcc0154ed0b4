package org.inspect.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.inspect.testing.ServiceCity;
import org.inspect.testing.TestSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SampleService on its own: a draw by the default plan, dated by the given clock, that verifies and re-draws alike. */
class SampleServiceTest {

    static final String SEED_TEXT = "2019-03-01 福彩3D 第2019056期 开奖号 407";

    @TempDir
    static Path dir;

    static ServiceCity city;
    static SampleRun run;

    @BeforeAll
    static void city() {
        city = ServiceCity.open(dir);
        run = new SampleService(city.db, city.batch, ServiceCity.CLOCK, TestSettings.PROJECT).draw(SampleService.plan(TestSettings.PROJECT, "default"), null,
                SEED_TEXT, ServiceCity.LABEL, 2);
    }

    @AfterAll
    static void close() {
        city.close();
    }

    @Test
    void drawsACompletedSampleOfTheFrameDatedByTheGivenClock() {
        assertTrue(run.completed(), run.toString());
        assertTrue(run.sampleSize() > 0 && run.sampleSize() <= run.frameSize(), run.toString());
        assertEquals(LocalDateTime.of(2019, 3, 15, 9, 0), run.completedAt());
        assertEquals(SEED_TEXT, run.seedText());
    }

    @Test
    void theStoredSampleVerifiesAgainstItsSnapshot() {
        SampleService samples = new SampleService(city.db, null);
        assertEquals(List.of(), samples.differences(run.id()));
        Manifest m = samples.manifest(run.id());
        assertEquals(run.sampleSize().intValue(), m.strata().stream().mapToInt(s -> s.sampleSize()).sum());
    }

    @Test
    void everySampledCaseHasItsHouseholdAndATeam() {
        List<SampledCase> cases = new SampleRunStore(city.db).cases(run.id(), run.snapshotId());
        assertEquals(run.sampleSize().intValue(), cases.size());
        assertTrue(cases.stream().allMatch(c -> c.householdId() != null && c.township() != null
                && c.inspectorIds().size() == 2), cases.toString());
    }

    @Test
    void aServiceGivenNoClockCannotDraw() {
        assertThrows(IllegalStateException.class, () -> new SampleService(city.db, city.batch)
                .draw(SampleService.plan(TestSettings.PROJECT, "default"), null, SEED_TEXT, ServiceCity.LABEL, 2));
    }
}
