package org.inspect.sampling.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.inspect.cli.Cli;
import org.inspect.error.ExitCodes;
import org.inspect.model.Masking;
import org.inspect.sampling.Manifest;
import org.inspect.sampling.RollFrame;
import org.inspect.sampling.SampleResult;
import org.inspect.sampling.SampleRun;
import org.inspect.sampling.SampleRunStore;
import org.inspect.sampling.Sampler;
import org.inspect.sampling.StratumResult;
import org.inspect.store.Database;
import org.inspect.store.RollReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code sample} job and verbs on one imported roll: the stored run, the pinned draw, reproducibility,
 * export, verification of an untouched run, idempotent storing and {@code check --sample}.
 */
class SampleJobTest {

    private static final Pattern FULL_ID = Pattern.compile("(?<![0-9])[0-9]{17}[0-9X](?![0-9X])");

    @TempDir
    static Path dir;

    private static Locale saved;
    private static Path data;
    private static Cli cli;
    private static Path plan;
    private static long run;

    @BeforeAll
    static void importAndDraw() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        data = dir.resolve("data");
        cli = new Cli(data);
        SamplingFixture.importRolls(cli, SamplingFixture.rolls(dir.resolve("rolls"), 400), SamplingFixture.LABEL);
        plan = SamplingFixture.plan(dir);
        run = SamplingFixture.sample(cli, "--plan", plan.toString(), "--seed-text", SamplingFixture.SEED_TEXT);
    }

    @AfterAll
    static void restore() {
        Locale.setDefault(saved);
    }

    private static Manifest manifest(long runId) {
        try (Database db = Database.open(data)) {
            return new SampleRunStore(db).manifest(runId);
        }
    }

    private static List<String> sampledIds(long runId) {
        return SamplingFixture.rows(data, "SELECT case_id FROM sample_case WHERE sample_run_id = " + runId
                + " ORDER BY case_id");
    }

    @Test
    void storesTheRunWithItsStrataCasesAndTeams() {
        Manifest m = manifest(run);
        assertEquals("test-2018", m.planName());
        assertEquals(SamplingFixture.SEED_TEXT, m.seedText());
        assertEquals(400, m.strata().stream().mapToInt(StratumResult::frameSize).sum());
        // 100 cases per county: 67 approved -> ceil(6.7) = 7, 33 refused -> ceil(3.3) = 4; tekun strata empty
        for (StratumResult s : m.strata()) {
            int expected = s.key().contains("TEKUN") ? 0 : s.key().endsWith("APPROVED") ? 7 : 4;
            assertEquals(expected, s.sampleSize(), s.key());
        }
        List<String> stored = SamplingFixture.rows(data, "SELECT sc.case_id, sc.stratum_key FROM sample_case sc "
                + "WHERE sample_run_id = " + run + " ORDER BY sc.case_id");
        List<String> fromManifest = m.strata().stream()
                .flatMap(s -> s.caseIds().stream().map(id -> id + "\t" + s.key())).sorted().toList();
        assertEquals(fromManifest, stored);
        assertEquals(List.of("0"), SamplingFixture.rows(data, "SELECT COUNT(*) FROM sample_case sc JOIN household h"
                + " ON h.household_id = sc.household_id WHERE sc.sample_run_id = " + run
                + " AND h.county_code <> sc.county_code"));
        assertEquals(List.of(Integer.toString(2 * stored.size())), SamplingFixture.rows(data,
                "SELECT COUNT(DISTINCT case_id || '/' || inspector_id) FROM sample_assignment WHERE sample_run_id = "
                        + run));
    }

    @Test
    void neverSendsAnInspectorToTheCasesOwnCounty() {
        List<String> own = SamplingFixture.rows(data, "SELECT sa.case_id, sa.inspector_id FROM sample_assignment sa "
                + "JOIN sample_case sc ON sc.sample_run_id = sa.sample_run_id AND sc.case_id = sa.case_id "
                + "JOIN inspector i ON i.inspector_id = sa.inspector_id AND i.snapshot_id = "
                + "(SELECT snapshot_id FROM sample_run WHERE id = sa.sample_run_id) "
                + "WHERE sa.sample_run_id = " + run + " AND i.county_code = sc.county_code");
        assertEquals(List.of(), own);
    }

    @Test
    void drawsThePinnedCasesForAFixedSeed() {
        // Pinned: a later version of the toolkit must draw exactly these from the same rolls, plan and seed text.
        Manifest m = manifest(run);
        StratumResult refused = m.strata().stream()
                .filter(s -> s.key().equals("county=370902;program=DIBAO;outcome=REFUSED")).findFirst().orElseThrow();
        assertEquals(List.of("CH0000024", "CH0000036", "CH0000072", "CH0000264"), refused.caseIds());
        StratumResult approved = m.strata().stream()
                .filter(s -> s.key().equals("county=370923;program=DIBAO;outcome=APPROVED")).findFirst().orElseThrow();
        assertEquals(List.of("CH0000023", "CH0000047", "CH0000071", "CH0000095", "CH0000155", "CH0000223",
                "CH0000335"), approved.caseIds());
    }

    @Test
    void drawsTheSameSampleWithTheSameSeedAndAnotherWithAnother() {
        long again = SamplingFixture.sample(cli, "--plan", plan.toString(), "--seed-text", SamplingFixture.SEED_TEXT);
        long other = SamplingFixture.sample(cli, "--plan", plan.toString(), "--seed", "12345");
        assertNotEquals(run, again);
        assertEquals(sampledIds(run), sampledIds(again));
        assertEquals(manifest(run).assignments(), manifest(again).assignments());
        assertNotEquals(sampledIds(run), sampledIds(other));
    }

    @Test
    void verifiesAnUntouchedRun() {
        Cli.Result r = cli.run("verify-sample", Long.toString(run));
        assertEquals(ExitCodes.OK, r.exitCode(), r.toString());
        assertTrue(r.out().startsWith("Verified: sample run " + run + " re-derives exactly from snapshot 2018-11"),
                r.out());
    }

    @Test
    void exportsTheManifestTheSampleAndAChecklistPerInspector() throws IOException {
        // a small run (three cases, one inspector each) keeps the PDF work short
        Path small = dir.resolve("plan-small.json");
        SamplingFixture.write(small, """
                { "name": "small", "frame": { "from": "2018-01-01", "to": "2018-12-31" },
                  "strata": [], "size": { "count": 3 } }
                """);
        long run = SamplingFixture.sample(cli, "--plan", small.toString(), "--seed", "7", "--team-size", "1");
        Path out = dir.resolve("export");
        Cli.Result r = cli.run("sample", "show", Long.toString(run), "--export", out.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.toString());
        Manifest exported = Manifest.fromJson(Files.readString(out.resolve("manifest.json")));
        assertEquals(manifest(run), exported);
        List<String> csv = Files.readAllLines(out.resolve("sample.csv"), StandardCharsets.UTF_8);
        assertEquals(sampledIds(run).size() + 1, csv.size());
        assertTrue(csv.get(0).startsWith("\uFEFFcase_id,household_id,county_code"), csv.get(0));
        assertFalse(FULL_ID.matcher(String.join("\n", csv)).find(), "identity numbers must be masked");
        Set<String> inspectors = exported.assignments().stream().flatMap(a -> a.inspectorIds().stream())
                .collect(Collectors.toSet());
        // named by code and name: the team finds its own checklist by name
        java.util.function.Function<String, String> checklist = i -> "checklist-" + i + "-" + SamplingFixture.rows(
                data, "SELECT DISTINCT name FROM inspector WHERE inspector_id = '" + i + "'").get(0) + ".pdf";
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(inspectors.stream().map(checklist).collect(Collectors.toSet()),
                    files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pdf"))
                            .collect(Collectors.toSet()));
        }
        String firstCase = exported.assignments().get(0).caseId();
        String inspector = exported.assignments().get(0).inspectorIds().get(0);
        String text = pdfText(out.resolve(checklist.apply(inspector)));
        assertTrue(text.contains("入户核查表"), text);
        assertTrue(text.contains(firstCase), text);
        assertFalse(FULL_ID.matcher(text).find(), "identity numbers must be masked in the checklist");
        // the inspector fills in the date: no date printed after 填表日期 (the en edition's "Date filled in")
        assertTrue(text.matches("(?s).*(填表日期：[\\s\\u3000]*年[\\s\\u3000]*月[\\s\\u3000]*日|Date filled in: _+).*"), text);
        String head = SamplingFixture.rows(data, "SELECT h.head_id_number FROM assistance_case c JOIN household h "
                + "ON h.snapshot_id = c.snapshot_id AND h.household_id = c.household_id WHERE c.case_id = '"
                + firstCase + "'").get(0);
        assertTrue(text.contains(Masking.idNumber(head)), text);
        Cli.Result verified = cli.run("verify-sample", "--manifest", out.resolve("manifest.json").toString());
        assertEquals(ExitCodes.OK, verified.exitCode(), verified.toString());
        assertTrue(verified.out().startsWith("Verified: manifest"), verified.out());
    }

    @Test
    void storingTheDrawAgainLeavesTheSameRows() {
        List<String> before = SamplingFixture.rows(data, "SELECT sc.case_id, sa.seq, sa.inspector_id FROM sample_case sc "
                + "JOIN sample_assignment sa ON sa.sample_run_id = sc.sample_run_id AND sa.case_id = sc.case_id "
                + "WHERE sc.sample_run_id = " + run + " ORDER BY 1, 2");
        try (Database db = Database.open(data)) {
            SampleRunStore runs = new SampleRunStore(db);
            SampleRun r = runs.get(run);
            SampleResult again = new Sampler(r.plan(), r.seed(), r.seedText()).draw(new RollFrame(db, r.snapshotId()),
                    new RollReader(db, r.snapshotId()).inspectors(), r.teamSize());
            runs.store(run, again, again.toManifest("dev", Instant.parse("2019-03-02T00:00:00Z")));
        }
        List<String> after = SamplingFixture.rows(data, "SELECT sc.case_id, sa.seq, sa.inspector_id FROM sample_case sc "
                + "JOIN sample_assignment sa ON sa.sample_run_id = sc.sample_run_id AND sa.case_id = sc.case_id "
                + "WHERE sc.sample_run_id = " + run + " ORDER BY 1, 2");
        assertEquals(before, after);
    }

    @Test
    void checksOnlyTheSampledCases() {
        Cli.Result r = cli.run("check", "--sample", Long.toString(run), "--as-of", "2019-03-01");
        assertEquals(ExitCodes.OK, r.exitCode(), r.toString());
        long households = sampledIds(run).size(); // one case per household in the fixture
        List<String> checkRun = SamplingFixture.rows(data, "SELECT id, scope, households, cases FROM check_run "
                + "WHERE sample_run_id = " + run + " ORDER BY id DESC");
        String[] cols = checkRun.get(0).split("\t");
        assertEquals("SAMPLE", cols[1]);
        assertEquals(Long.toString(households), cols[2]);
        assertEquals(Long.toString(households), cols[3]);
        assertEquals(List.of(), SamplingFixture.rows(data, "SELECT household_id FROM finding WHERE check_run_id = "
                + cols[0] + " AND household_id IS NOT NULL AND household_id NOT IN "
                + "(SELECT household_id FROM sample_case WHERE sample_run_id = " + run + ")"));
    }

    @Test
    void refusesToCheckARunThatDoesNotExist() {
        Cli.Result r = cli.run("check", "--sample", "999");
        assertEquals(ExitCodes.NOT_FOUND, r.exitCode(), r.toString());
        assertTrue(r.err().contains("No sample run 999"), r.err());
    }

    @Test
    void listsTheRuns() {
        Cli.Result r = cli.run("sample", "show");
        assertEquals(ExitCodes.OK, r.exitCode(), r.toString());
        assertTrue(r.out().contains("Run " + run + ": completed, snapshot 2018-11, plan test-2018"), r.out());
    }

    private static String pdfText(Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (PdfDocument pdf = new PdfDocument(new PdfReader(file.toString()))) {
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                sb.append(PdfTextExtractor.getTextFromPage(pdf.getPage(p))).append('\n');
            }
        }
        return sb.toString();
    }
}
