package org.inspect.report.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inspect.rectification.State;
import org.inspect.check.CheckRun;
import org.inspect.check.CheckRunStore;
import org.inspect.check.FindingStore;
import org.inspect.check.StoredFinding;
import org.inspect.error.ConflictException;
import org.inspect.model.Finding;
import org.inspect.report.ReportInput;
import org.inspect.report.ReportInput.Rectification;
import org.inspect.report.ReportInput.Rolls;
import org.inspect.report.ReportInput.Stratum;
import org.inspect.model.Inspector;
import org.inspect.sampling.SampleRunStore;
import org.inspect.sampling.SampleSize;
import org.inspect.sampling.SamplingPlan;
import org.inspect.sampling.StratumResult;
import org.inspect.store.Database;
import org.inspect.store.RollReader;
import org.inspect.store.Snapshots;

/**
 * Assembles the inspection report's input from the database: a completed check run and its open findings
 * (dismissed ones left out), the sizes of its snapshot's rolls, and, when a sample run is given, the strata of
 * the draw with their deviation rates and upper bounds at the plan's confidence and the sampled cases with
 * their inspectors; the rectification status by county once notices have been issued for the run.
 */
public final class ReportData {

    /** The confidence printed when there is no sample (no bound is then given). */
    static final BigDecimal DEFAULT_CONFIDENCE = new BigDecimal("0.95");

    private final Database db;
    private final org.inspect.context.Context context;

    /** The report data of {@code db}; rectification progress is counted as of {@code context}'s day. */
    public ReportData(Database db, org.inspect.context.Context context) {
        this.db = db;
        this.context = context;
    }

    /** The report of check run {@code checkRunId}, with sample run {@code sampleRunId} when not null. */
    public ReportInput assemble(long checkRunId, Long sampleRunId, CampaignSettings settings, boolean fullData) {
        CheckRun run = completed(new CheckRunStore(db), checkRunId);
        List<StoredFinding> stored = new FindingStore(db).list(new FindingStore.Query(checkRunId, null, null, false));
        List<Finding> findings = PersonNames.masked(stored, PersonNames.of(db, checkRunId, run.snapshotId()), fullData);
        Rolls rolls = rolls(run.snapshotId());
        Map<String, Rectification> rectification = rectification(checkRunId);
        String number = NumberStore.reports(db).numberFor(checkRunId, settings);
        if (sampleRunId == null) {
            String repeat = "inspect check --all --snapshot " + run.snapshotLabel() + " --as-of " + run.asOf();
            return new ReportInput(settings.campaign(), number, rolls, "", DEFAULT_CONFIDENCE.doubleValue(), "", 0L,
                    repeat, List.of(), findings, List.of(), rectification, fullData,
                    new CheckRunStore(db).criteria(checkRunId).sha256(), null, null)
                    .withFocus(new FocusData(db).assemble(run, settings.campaign()));
        }
        SampleRunReader.SampleRun sample = new SampleRunReader(db).read(sampleRunId);
        SamplingPlan plan = sample.manifest().samplingPlan();
        BigDecimal confidence = plan.confidence();
        Set<String> deviating = deviatingCases(sample, sampleCheckRun(run, sampleRunId));
        List<Stratum> strata = strata(sample, deviating, confidence);
        // the template closes the sentence after the plan
        // in words, as the plan describes itself: not its file name (default, focus-households)
        String planText = plan.description() == null || plan.description().isBlank() ? plan.title()
                : plan.description().strip().replaceAll("[。.]+$", "");
        return new ReportInput(settings.campaign(), number, rolls, planText, confidence.doubleValue(),
                sample.seedText() == null ? "" : sample.seedText(), sample.seed(), "inspect verify-sample " + sampleRunId,
                strata, findings, sampledCases(sample), rectification, fullData,
                new CheckRunStore(db).criteria(checkRunId).sha256(), null, null)
                    .withFocus(new FocusData(db).assemble(run, settings.campaign()));
    }

    static CheckRun completed(CheckRunStore runs, long checkRunId) {
        CheckRun run = runs.get(checkRunId);
        if (!"COMPLETED".equals(run.status())) {
            throw new ConflictException("check run " + checkRunId + " is " + run.status()
                    + ", not COMPLETED: documents are written from a finished check (see inspect jobs / restart)");
        }
        return run;
    }

    /**
     * The check run whose findings decide which sampled cases deviate: {@code run} itself when it checked this
     * sample, else the newest completed check of the sample, else {@code run} (a check of all households
     * covers the sampled ones too).
     */
    CheckRun sampleCheckRun(CheckRun run, long sampleRunId) {
        if (Long.valueOf(sampleRunId).equals(run.sampleRunId())) {
            return run;
        }
        return new CheckRunStore(db).list().stream()
                .filter(r -> "COMPLETED".equals(r.status()) && Long.valueOf(sampleRunId).equals(r.sampleRunId()))
                .max(Comparator.comparingLong(CheckRun::id)).orElse(run);
    }

    /**
     * Sampled cases with at least one open finding in {@code check}: a finding about the case itself, or a
     * finding about the case's household that names no case.
     */
    Set<String> deviatingCases(SampleRunReader.SampleRun sample, CheckRun check) {
        Set<String> cases = new HashSet<>();
        Set<String> households = new HashSet<>();
        new FindingStore(db).forEach(new FindingStore.Query(check.id(), null, null, false), sf -> {
            Finding f = sf.finding();
            if (f.caseId() != null) {
                cases.add(f.caseId());
            } else if (f.householdId() != null) {
                households.add(f.countyCode() + "/" + f.householdId());
            }
        });
        Set<String> out = new HashSet<>();
        for (SampleRunReader.SampledCase c : sample.cases()) {
            if (cases.contains(c.caseId()) || households.contains(c.countyCode() + "/" + c.householdId())) {
                out.add(c.caseId());
            }
        }
        return out;
    }

    static List<Stratum> strata(SampleRunReader.SampleRun sample, Set<String> deviating, BigDecimal confidence) {
        Map<String, String> countyOfStratum = new HashMap<>();
        sample.cases().forEach(c -> countyOfStratum.putIfAbsent(c.stratumKey(), c.countyCode()));
        List<Stratum> out = new ArrayList<>();
        for (StratumResult s : sample.manifest().strata()) {
            if (s.frameSize() == 0) {
                continue; // an empty stratum (no case of that kind in the county) says nothing
            }
            Map<String, String> parts = parts(s.key());
            int k = (int) s.caseIds().stream().filter(deviating::contains).count();
            int n = s.caseIds().size();
            double upper = SampleSize.reportedUpperBound(n, k, confidence);
            String county = parts.getOrDefault("county", countyOfStratum.getOrDefault(s.key(), ""));
            out.add(new Stratum(s.key(), county, parts.getOrDefault("program", ""), parts.getOrDefault("outcome", ""),
                    s.frameSize(), n, k, upper, s.frameSha256()));
        }
        return out;
    }

    /** {@code county=370902;program=DIBAO;outcome=APPROVED} → its parts. */
    static Map<String, String> parts(String key) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (String p : key.split(";")) {
            int eq = p.indexOf('=');
            if (eq > 0) {
                parts.put(p.substring(0, eq), p.substring(eq + 1));
            }
        }
        return parts;
    }

    private List<ReportInput.SampledCase> sampledCases(SampleRunReader.SampleRun sample) {
        Map<String, SampleRunStore.Applicant> applicants = new SampleRunStore(db).applicants(sample.id(),
                sample.snapshotId());
        Map<String, String> inspectors = new HashMap<>();
        for (Inspector i : new RollReader(db, sample.snapshotId()).inspectors()) {
            inspectors.put(i.inspectorId(), i.name());
        }
        List<ReportInput.SampledCase> out = new ArrayList<>();
        for (SampleRunReader.SampledCase c : sample.cases()) {
            SampleRunStore.Applicant a = applicants.getOrDefault(c.caseId(), new SampleRunStore.Applicant("", ""));
            out.add(new ReportInput.SampledCase(c.caseId(), c.countyCode(), c.stratumKey(), c.householdId(),
                    a.name() == null ? "" : a.name(), a.idNumber() == null ? "" : a.idNumber(),
                    c.inspectorIds().stream().map(id -> inspectors.getOrDefault(id, id)).toList()));
        }
        return out;
    }

    private Rolls rolls(long snapshotId) {
        Map<String, Long> counts = new Snapshots(db).rowCounts(snapshotId);
        Map<String, Long> cases = new RollReader(db, snapshotId).caseCountsByProgram();
        long dibao = cases.getOrDefault("DIBAO", 0L);
        long tekun = cases.getOrDefault("TEKUN", 0L);
        return new Rolls(counts.getOrDefault("household", 0L), counts.getOrDefault("member", 0L), dibao, tekun,
                counts.getOrDefault("registered_poor", 0L));
    }

    /**
     * The rectification progress of the run's notices by county, from the same figures as the progress bulletin
     * ({@link org.inspect.rectification.Rectification#progress}): waiting for the county (待整改, 重新整改, 申辩),
     * responded (已报送) and closed (已销号); withdrawn items are left out. Empty before any notice.
     */
    Map<String, Rectification> rectification(long checkRunId) {
        java.util.Set<Long> notices = new java.util.HashSet<>();
        new NoticeStore(db).ofRun(checkRunId).forEach(n -> notices.add(n.id()));
        Map<String, Rectification> out = new LinkedHashMap<>();
        if (notices.isEmpty()) {
            return out;
        }
        var progress = new org.inspect.rectification.Rectification(db, context).progress(context.today(), notices);
        for (var c : progress.counties()) {
            out.put(c.code(), new Rectification(c.count(State.ISSUED) + c.count(State.REOPENED)
                    + c.count(State.CONTESTED), c.count(State.RESPONDED), c.count(State.CLOSED)));
        }
        return out;
    }
}
