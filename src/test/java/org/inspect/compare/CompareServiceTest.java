package org.inspect.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.inspect.report.Lang;
import org.inspect.testing.ServiceCity;
import org.inspect.testing.TestSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CompareService on its own: a compare run of one snapshot, its summary and its lists. */
class CompareServiceTest {

    @TempDir
    static Path dir;

    static ServiceCity city;
    static CompareService compares;
    static CompareRun run;

    @BeforeAll
    static void city() {
        city = ServiceCity.open(dir);
        compares = new CompareService(city.db, city.batch, TestSettings.PROJECT);
        run = compares.compare(ServiceCity.LABEL, ServiceCity.AS_OF, null);
    }

    @AfterAll
    static void close() {
        city.close();
    }

    @Test
    void storesACompletedRunOfTheSnapshot() {
        assertTrue(run.completed(), run.toString());
        assertEquals(ServiceCity.LABEL, run.snapshotLabel());
        assertEquals(ServiceCity.AS_OF, run.asOf());
        assertTrue(compares.runs().stream().anyMatch(r -> r.id() == run.id()));
    }

    @Test
    void summarisesCoverageByCountyWithNoEarlierRun() {
        CompareService.Summary s = compares.summary(run);
        assertEquals(run.id(), s.run().id());
        assertNull(s.againstLabel());
        assertTrue(!s.coverage().isEmpty());
        assertTrue(s.coverage().stream().allMatch(c -> c.covered() <= c.registered()), s.coverage().toString());
        assertTrue(s.uncoveredWithoutConclusion() <= s.uncovered(), s.toString());
        assertNull(s.changes(), "no changes without an earlier run");
    }

    @Test
    void exportsTheListsAndAFeedbackFormPerCounty() {
        Path out = dir.resolve("compare");
        CompareService.Exported e = compares.export(run, out, Lang.ZH);
        assertTrue(e.lists().contains(out.resolve("coverage.csv")), e.lists().toString());
        assertTrue(e.lists().stream().allMatch(Files::isRegularFile));
        assertEquals(compares.summary(run).coverage().size(), e.feedback().size());
    }
}
