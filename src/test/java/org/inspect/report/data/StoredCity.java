package org.inspect.report.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.inspect.check.CheckRunStore;
import org.inspect.check.FindingStore;
import org.inspect.cli.Cli;
import org.inspect.demo.DemoCity;
import org.inspect.demo.DemoOptions;
import org.inspect.model.Decision;
import org.inspect.model.Program;
import org.inspect.sampling.Assignment;
import org.inspect.sampling.FrameCase;
import org.inspect.sampling.SampleResult;
import org.inspect.sampling.Sampler;
import org.inspect.sampling.SampleRunStore;
import org.inspect.sampling.SamplingPlan;
import org.inspect.sampling.StratumResult;
import org.inspect.store.Database;
import org.inspect.store.RollReader;
import org.inspect.store.Snapshots;

/**
 * One synthetic city for the database-backed document tests (built once per test JVM, each test given its own
 * copy by {@link #get}): a demo city of 600
 * households imported as snapshot 2019-03, checked in full (run {@link #allRun}), a sample drawn with the
 * sampling package's {@link Sampler} and stored in the V003 tables the way the sample job stores it (run
 * {@link #sampleRun}), and that sample checked ({@link #sampleCheckRun}). One finding of the full run is dismissed.
 */
final class StoredCity {

    static final String LABEL = "2019-03";
    static final String SEED_TEXT = "2019-04-01 体彩排列五 38216";

    /** The default plan's frame and strata with a smaller size, so that the test report stays short. */
    static final String PLAN = """
            {"name": "test-20", "description": "测试方案：按区县×救助类型×结果分层，每层抽取20%，至少2件。",
             "confidence": "95%",
             "frame": {"from": "2018-09-01", "to": "2019-03-01", "decisions": ["APPROVED", "REJECTED", "TERMINATED"],
                       "programs": ["DIBAO", "TEKUN"]},
             "strata": ["county", "program", "outcome"], "size": {"rate": "20%", "min": 2}}
            """;

    private static StoredCity city;

    final Path dir;
    final Cli cli;
    final long allRun;
    final long sampleRun;
    final long sampleCheckRun;
    final long dismissedFinding;

    private StoredCity(Path dir, long allRun, long sampleRun, long sampleCheckRun, long dismissedFinding) {
        this.dir = dir;
        this.cli = new Cli(dir.resolve("data"));
        this.allRun = allRun;
        this.sampleRun = sampleRun;
        this.sampleCheckRun = sampleCheckRun;
        this.dismissedFinding = dismissedFinding;
    }

    /**
     * A city of one's own: a copy of the city (with its documents, so its notices are issued) built once per test
     * JVM, so that what one test does to it (notices re-issued, verdicts, files altered) is never seen by another,
     * whatever their order.
     */
    static synchronized StoredCity get() {
        if (city == null) {
            city = build();
            city.documents();
        }
        try {
            Path copy = Files.createTempDirectory("inspect-report-city-copy");
            if (org.inspect.testing.TestDatabases.postgres()) {
                Files.createDirectories(city.dir.resolve("data"));
                org.inspect.testing.PostgresTestLocator.copyDatabase(city.dir.resolve("data"), copy.resolve("data"));
            }
            copyTree(city.dir.resolve("data"), copy.resolve("data"));
            copyTree(city.documents(), copy.resolve("reports"));
            StoredCity own = new StoredCity(copy, city.allRun, city.sampleRun, city.sampleCheckRun,
                    city.dismissedFinding);
            own.documents = copy.resolve("reports");
            return own;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static StoredCity build() {
        try {
            Path dir = Files.createTempDirectory("inspect-report-city");
            Path input = dir.resolve("input");
            DemoCity.write(input, dir.resolve("planted.csv"), DemoOptions.defaults().withHouseholds(600).withSeed(7));
            Cli cli = new Cli(dir.resolve("data"));
            ok(cli.run("import", "--dir", input.toString(), "--snapshot", LABEL, "--as-of", "2019-03-01"));
            ok(cli.run("check", "--all", "--snapshot", LABEL));
            long allRun;
            long sampleRun;
            long dismissed;
            try (Database db = Database.open(dir.resolve("data"))) {
                allRun = new CheckRunStore(db).latestCompleted().id();
                dismissed = new FindingStore(db).list(new FindingStore.Query(allRun, null, null, false)).get(0).id();
                new FindingStore(db).verdict(dismissed, "DISMISSED", "test", "已核实为误报",
                        java.time.LocalDateTime.of(2019, 4, 1, 9, 0));
                sampleRun = storeSample(db, new Snapshots(db).activeId(LABEL));
            }
            ok(cli.run("check", "--sample", Long.toString(sampleRun), "--snapshot", LABEL));
            long sampleCheck;
            try (Database db = Database.open(dir.resolve("data"))) {
                sampleCheck = new CheckRunStore(db).latestCompleted().id();
            }
            return new StoredCity(dir, allRun, sampleRun, sampleCheck, dismissed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void ok(Cli.Result r) {
        assertEquals(0, r.exitCode(), r::toString);
    }

    /** Draws the default plan's sample from the snapshot and stores it as the sample job does. */
    static long storeSample(Database db, long snapshotId) {
        SamplingPlan plan = SamplingPlan.parse(PLAN, "test plan");
        List<FrameCase> frame = frame(db, snapshotId);
        SampleResult result = Sampler.withSeedText(plan, SEED_TEXT).draw(c -> frame.forEach(c),
                new RollReader(db, snapshotId).inspectors(), 2);
        SampleRunStore runs = new SampleRunStore(db);
        long id = runs.create(snapshotId, LABEL, plan, result.seed(), SEED_TEXT, 2);
        runs.store(id, result, result.toManifest("test", Instant.parse("2019-04-02T08:00:00Z")));
        return id;
    }

    private static List<FrameCase> frame(Database db, long snapshotId) {
        List<FrameCase> out = new ArrayList<>();
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("SELECT a.case_id, "
                + "a.household_id, h.county_code, h.township, a.program, a.decision, a.decision_date "
                + "FROM assistance_case a JOIN household h ON h.snapshot_id = a.snapshot_id "
                + "AND h.household_id = a.household_id WHERE a.snapshot_id = ? ORDER BY a.case_id")) {
            ps.setLong(1, snapshotId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Date d = rs.getDate(7);
                    out.add(new FrameCase(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            Program.valueOf(rs.getString(5)), Decision.valueOf(rs.getString(6)),
                            d == null ? null : d.toLocalDate()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** The notices' deadline in {@link #documents()}: 45 days after today, the default issue date. */
    static final int NOTICE_DAYS = 45;

    private Path documents;

    /**
     * The documents as the CLI writes them, once: the report of the full run with the sample ({@code report-*.pdf}),
     * the notices of the full run ({@code notices/}) and the disclosure lists ({@code disclosure/}).
     */
    synchronized Path documents() {
        if (documents == null) {
            Path d = dir.resolve("reports");
            ok(cli.run("report", "--run", Long.toString(allRun), "--sample", Long.toString(sampleRun), "--out",
                    d.toString()));
            ok(cli.run("notices", "--run", Long.toString(allRun), "--days", Integer.toString(NOTICE_DAYS), "--out",
                    d.resolve("notices").toString()));
            // the lists of four townships through the API (a list per township costs a font subset each); the
            // CLI's disclosure verb is run by the tests for one township
            withDb(db -> {
                DisclosureData.Lists lists = new DisclosureData(db).assemble(new Snapshots(db).activeId(LABEL), null,
                        CampaignSettings.on(org.inspect.testing.TestSettings.PROJECT, java.time.LocalDate.of(2019, 3, 15)), false);
                List<String> four = lists.input().rows().stream().map(r -> r.township()).distinct().sorted().limit(4)
                        .toList();
                var rows = lists.input().rows().stream().filter(r -> four.contains(r.township())).toList();
                var in = lists.input();
                return org.inspect.report.Documents.configure(Path.of("config"), Path.of("templates")).disclosure(
                        new org.inspect.report.DisclosureInput(in.campaign(), in.noticeStart(), in.noticeEnd(),
                                in.contact(), rows, false), org.inspect.report.Lang.ZH, d.resolve("disclosure"));
            });
            documents = d;
        }
        return documents;
    }

    Path sampleReport() {
        return documents().resolve("report-run" + allRun + "-sample" + sampleRun + ".pdf");
    }

    /** Runs {@code work} on the city's database (opened and closed around it). */
    <T> T withDb(Function<Database, T> work) {
        try (Database db = Database.open(dir.resolve("data"))) {
            return work.apply(db);
        }
    }

    static LocalDate today() {
        return LocalDate.now();
    }
}
