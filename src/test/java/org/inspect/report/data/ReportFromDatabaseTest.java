package org.inspect.report.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.inspect.check.FindingStore;
import org.inspect.check.StoredFinding;
import org.inspect.cli.Cli;
import org.inspect.model.Counties;
import org.inspect.model.Finding;
import org.inspect.model.Rule;
import org.inspect.report.PdfText;
import org.inspect.report.ReportInput;
import org.inspect.report.ReportInput.Stratum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inspection report assembled from a stored check run and sample run, and the PDF the CLI writes from it. */
class ReportFromDatabaseTest {

    private final StoredCity city = StoredCity.get();

    @TempDir
    Path out;

    private ReportInput assemble(long run, Long sample) {
        return city.withDb(db -> new ReportData(db, org.inspect.testing.TestContexts.now()).assemble(run, sample, CampaignSettings.on(org.inspect.testing.TestSettings.PROJECT, java.time.LocalDate.of(2019, 3, 15)), false));
    }

    private Map<String, Map<Rule, Long>> storedCounts(long run) {
        return city.withDb(db -> new FindingStore(db).countsByCountyAndRule(run));
    }

    @Test
    void findingsAreTheOpenOnesOfTheRunByCountyAndRule() {
        ReportInput in = assemble(city.allRun, null);
        Map<String, Map<Rule, Long>> fromReport = new TreeMap<>();
        for (Finding f : in.findings()) {
            fromReport.computeIfAbsent(f.countyCode(), k -> new java.util.EnumMap<>(Rule.class)).merge(f.rule(), 1L,
                    Long::sum);
        }
        assertEquals(storedCounts(city.allRun), fromReport);
        long all = city.withDb(db -> (long) new FindingStore(db)
                .list(new FindingStore.Query(city.allRun, null, null, true)).size());
        assertEquals(all - 1, in.findings().size(), "the dismissed finding is left out");
    }

    @Test
    void rollSizesAreThoseOfTheSnapshot() {
        ReportInput in = assemble(city.allRun, null);
        Map<String, Long> counts = city.withDb(db -> new org.inspect.store.Snapshots(db)
                .rowCounts(new org.inspect.store.Snapshots(db).activeId(StoredCity.LABEL)));
        assertEquals(counts.get("household"), in.rolls().households());
        assertEquals(counts.get("member"), in.rolls().members());
        assertEquals(counts.get("registered_poor"), in.rolls().registeredPoor());
        assertEquals(counts.get("assistance_case"), in.rolls().dibaoCases() + in.rolls().tekunCases()
                + countTemporary());
    }

    private long countTemporary() {
        return city.withDb(db -> {
            try (var c = db.connection(); var st = c.createStatement();
                    var rs = st.executeQuery("SELECT COUNT(*) FROM assistance_case WHERE program = 'TEMPORARY'")) {
                rs.next();
                return rs.getLong(1);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void eachStratumCountsTheSampledCasesWithAnOpenFindingInTheSampleCheck() {
        ReportInput in = assemble(city.allRun, city.sampleRun);
        SampleRunReader.SampleRun sample = city.withDb(db -> new SampleRunReader(db).read(city.sampleRun));
        List<StoredFinding> open = city.withDb(db -> new FindingStore(db)
                .list(new FindingStore.Query(city.sampleCheckRun, null, null, false)));
        Set<String> deviating = new HashSet<>();
        for (SampleRunReader.SampledCase c : sample.cases()) {
            if (open.stream().map(StoredFinding::finding).anyMatch(f -> c.caseId().equals(f.caseId())
                    || f.caseId() == null && c.householdId().equals(f.householdId()))) {
                deviating.add(c.caseId());
            }
        }
        assertFalse(deviating.isEmpty(), "the demo city plants anomalies in sampled cases");
        assertEquals(sample.manifest().strata().stream().filter(s -> s.frameSize() > 0).count(), in.strata().size(),
                "empty strata are left out");
        int total = 0;
        for (Stratum s : in.strata()) {
            long expected = sample.cases().stream().filter(c -> c.stratumKey().equals(s.key()))
                    .filter(c -> deviating.contains(c.caseId())).count();
            assertEquals(expected, s.deviations(), s.key());
            assertEquals(s.sampleSize() == 0 ? 1.0 : org.inspect.sampling.SampleSize.upperBound(s.sampleSize(),
                    s.deviations(), new java.math.BigDecimal("0.95")), s.upperBound(), 1e-12, s.key());
            assertTrue(s.key().contains("county=" + s.countyCode()), s.key());
            total += s.deviations();
        }
        assertEquals(deviating.size(), total);
        assertEquals(sample.cases().size(), in.sample().size());
        assertTrue(in.sample().stream().allMatch(c -> c.inspectors().size() == 2 && !c.name().isEmpty()),
                "every sampled case has its applicant's name and two inspectors");
    }

    @Test
    void reportWithTheSampleShowsFiguresSeedHashesAndThreeCharts() {
        Path file = city.sampleReport();
        String text = PdfText.text(file).replace("\n", "");
        ReportInput in = assemble(city.allRun, city.sampleRun);
        int sampled = in.strata().stream().mapToInt(Stratum::sampleSize).sum();
        int deviations = in.strata().stream().mapToInt(Stratum::deviations).sum();
        assertTrue(text.contains("抽取样本 " + sampled + " 件，其中 " + deviations + " 件发现问题"), text);
        assertTrue(text.contains("比对与核查共发现问题 " + in.findings().size() + " 条"), text);
        assertTrue(text.contains(StoredCity.SEED_TEXT), "seed text");
        assertFalse(text.contains("inspect verify-sample"), "no command line on paper");
        assertTrue(text.contains(in.strata().get(0).frameHash()), "frame hash");
        for (String county : storedCounts(city.allRun).keySet()) {
            long n = storedCounts(city.allRun).get(county).values().stream().mapToLong(Long::longValue).sum();
            assertTrue(text.contains(Counties.name(county) + "：共 " + n + " 条"), county);
        }
        assertEquals(3, PdfText.images(file), "findings by county, rates, sample composition");
    }

    @Test
    void reportWithoutSampleHasNoSampleSectionsAndOneChart() {
        Cli.Result r = city.cli.run("report", "--run", Long.toString(city.allRun), "--out", out.toString());
        assertEquals(0, r.exitCode(), r::toString);
        Path file = out.resolve("report-run" + city.allRun + ".pdf");
        String text = PdfText.text(file).replace("\n", "");
        assertTrue(text.contains("本报告未附随机抽样结果"), text);
        assertTrue(text.contains("以同一名册、同一基准日重新核查，结果应与本报告一致"), text);
        assertFalse(text.contains("inspect check"), "no command line on paper");
        assertFalse(text.contains("抽查样本清单"), "no sample appendix");
        // every copy of the city has had its notices issued: findings by county and the rectification progress
        assertEquals(2, PdfText.images(file), "findings by county and rectification progress");
    }

    @Test
    void englishEditionIsWrittenBesideTheChineseOne() {
        Cli.Result r = city.cli.run("report", "--run", Long.toString(city.allRun), "--lang", "en", "--out",
                out.toString());
        assertEquals(0, r.exitCode(), r::toString);
        String text = PdfText.text(out.resolve("report-run" + city.allRun + "-en.pdf"));
        assertTrue(text.contains("Page 1 of"), text.substring(0, Math.min(400, text.length())));
    }

    @Test
    void anUnknownRunIsNotFound() {
        Cli.Result r = city.cli.run("report", "--run", "999", "--out", out.toString());
        assertEquals(4, r.exitCode(), r::toString);
        assertTrue(r.err().contains("No check run 999"), r.err());
    }
}
