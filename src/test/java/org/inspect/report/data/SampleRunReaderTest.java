package org.inspect.report.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.inspect.error.BadInputException;
import org.inspect.error.NotFoundException;
import org.inspect.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample-run reader on rows inserted by hand, as the sample job would store them (schema 3). */
class SampleRunReaderTest {

    @TempDir
    Path data;

    private static void sql(Database db, String... statements) {
        try (Connection c = db.connection(); Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsCasesInCaseOrderWithInspectorsInAssignmentOrder() {
        try (Database db = Database.open(data)) {
            String manifest = minimalManifest();
            // the run's snapshot first: a run refers to its snapshot by a foreign key (schema 17)
            sql(db, "INSERT INTO snapshot (id, label, status, source_dir, created_at) VALUES (1, '2019-03', 'ACTIVE', '/in', "
                    + "CURRENT_TIMESTAMP)",
                    "INSERT INTO sample_run (id, snapshot_id, snapshot_label, plan_name, plan, seed, seed_text, "
                    + "team_size, status, manifest, created_at) VALUES (5, 1, '2019-03', 'test-20', '{}', 42, "
                    + "'体彩 38216', 2, 'COMPLETED', '"
                    + manifest + "', CURRENT_TIMESTAMP)",
                    "INSERT INTO sample_case VALUES (5, 'DB2', 'H2', '370911', 'county=370911;program=DIBAO')",
                    "INSERT INTO sample_case VALUES (5, 'DB1', 'H1', '370902', 'county=370902;program=DIBAO')",
                    "INSERT INTO sample_assignment VALUES (5, 'DB1', 1, 'I-09')",
                    "INSERT INTO sample_assignment VALUES (5, 'DB1', 0, 'I-03')",
                    "INSERT INTO sample_assignment VALUES (5, 'DB2', 0, 'I-01')");
            SampleRunReader.SampleRun run = new SampleRunReader(db).read(5);
            assertEquals(42L, run.seed());
            assertEquals("体彩 38216", run.seedText());
            assertEquals("test-20", run.manifest().planName());
            assertEquals(List.of("DB1", "DB2"), run.cases().stream().map(SampleRunReader.SampledCase::caseId).toList());
            assertEquals(List.of("I-03", "I-09"), run.cases().get(0).inspectorIds());
            assertEquals("370911", run.cases().get(1).countyCode());
            assertEquals(5L, new SampleRunReader(db).latest(1).orElseThrow());
            assertTrue(new SampleRunReader(db).latest(2).isEmpty());
        }
    }

    @Test
    void aRunWithoutManifestOrUnknownIsRefused() {
        try (Database db = Database.open(data)) {
            sql(db, "INSERT INTO snapshot (id, label, status, source_dir, created_at) VALUES (1, '2019-03', 'ACTIVE', '/in', "
                    + "CURRENT_TIMESTAMP)",
                    "INSERT INTO sample_run (id, snapshot_id, snapshot_label, plan_name, plan, seed, team_size, "
                    + "status, created_at) VALUES (6, 1, '2019-03', 'default', '{}', 1, 2, 'RUNNING', CURRENT_TIMESTAMP)");
            assertTrue(assertThrows(BadInputException.class, () -> new SampleRunReader(db).read(6)).getMessage()
                    .contains("no manifest"));
            assertThrows(NotFoundException.class, () -> new SampleRunReader(db).read(7));
        }
    }

    @Test
    void stratumKeysSplitIntoTheirDimensions() {
        assertEquals(Map.of("county", "370902", "program", "DIBAO", "outcome", "APPROVED"),
                ReportData.parts("county=370902;program=DIBAO;outcome=APPROVED"));
        assertEquals(Map.of(), ReportData.parts("all"));
    }

    /** The manifest the sampling package writes for a two-stratum draw. */
    private static String minimalManifest() {
        org.inspect.sampling.SamplingPlan plan = org.inspect.sampling.SamplingPlan.parse(StoredCity.PLAN, "test");
        org.inspect.sampling.Manifest m = new org.inspect.sampling.Manifest(plan.name(),
                new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(Map.of("name", "x")), 42L, "体彩 38216", 2,
                List.of(), List.of(), "00", "test", java.time.Instant.EPOCH);
        return m.toJson().replace("'", "''");
    }
}
