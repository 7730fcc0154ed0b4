package org.inspect.focus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inspect.check.CheckRun;
import org.inspect.check.CheckRunStore;
import org.inspect.check.FindingStore;
import org.inspect.check.StoredFinding;
import org.inspect.error.NotFoundException;
import org.inspect.model.Finding;
import org.inspect.model.Rule;
import org.inspect.sampling.SampleRun;
import org.inspect.sampling.SampleRunStore;
import org.inspect.sampling.SampledCase;
import org.inspect.store.Database;

/**
 * Records the home visit of a household of a household sample (clause 四（二）一 重点排查), and, when the household
 * qualifies, the finding the visit confirms: a MISSED_DIBAO or MISSED_TEKUN with the field verdict CONFIRMED, in the
 * newest completed check of all households of the sample's snapshot, so that it goes into the county's notice and
 * the report. A finding the desk check already made about the household is confirmed; otherwise the visit adds one
 * (a household the rolls did not show as eligible, which is what a home visit is for). A visit recorded before any
 * such check is carried into the check when it completes ({@link #carryInto}). Recording again replaces what the
 * earlier record added, so a NONE after a DIBAO withdraws the field's own finding (a desk finding keeps its
 * verdict: dismiss it with a reason).
 */
public final class HomeVisits {

    /** The evidence key that marks a finding as a home visit's own. */
    public static final String FIELD_KEY = "入户核查";

    /**
     * What recording a visit did: the check run it went into (0: none completed yet, the next check carries it in),
     * the finding confirmed (0 when the household does not qualify or no check exists) and whether that finding
     * was the desk check's own.
     */
    public record Recorded(long checkRunId, long findingId, boolean deskFinding) {
    }

    private final Database db;

    public HomeVisits(Database db) {
        this.db = db;
    }

    /** Records the visit of {@code householdId} in sample run {@code sampleRunId} by {@code by} on {@code day}. */
    public Recorded record(long sampleRunId, String householdId, VisitStore.Result result, String by, String note,
            LocalDate day) {
        SampleRunStore runs = new SampleRunStore(db);
        SampleRun sample = runs.completed(sampleRunId);
        SampledCase sampled = runs.cases(sampleRunId, sample.snapshotId()).stream()
                .filter(c -> c.householdId().equals(householdId)).findFirst()
                .orElseThrow(() -> new NotFoundException("household " + householdId + " is not in sample run "
                        + sampleRunId).localized("focus.visit.notSampled", householdId, sampleRunId));
        new VisitStore(db).record(sampleRunId, householdId, result, by, note, day.atTime(9, 0));
        Optional<CheckRun> check = newestCheckOfAll(sample.snapshotId());
        if (check.isEmpty()) {
            return new Recorded(0, 0, false);
        }
        return apply(check.get().id(), sampleRunId, sampled,
                new VisitStore.Visit(householdId, result, by, day.atStartOfDay(), note));
    }

    /**
     * Brings the visits of every household sample of {@code snapshotId} into check run {@code checkRunId} (a check
     * of all households just completed): idempotent, so a restarted check may run it again.
     */
    public void carryInto(long checkRunId, long snapshotId) {
        SampleRunStore runs = new SampleRunStore(db);
        VisitStore visits = new VisitStore(db);
        for (SampleRun sample : runs.list()) {
            if (sample.snapshotId() != snapshotId || !SampleRun.COMPLETED.equals(sample.status())) {
                continue;
            }
            List<VisitStore.Visit> recorded = visits.details(sample.id());
            if (recorded.isEmpty()) {
                continue;
            }
            Map<String, SampledCase> byHousehold = new LinkedHashMap<>();
            runs.cases(sample.id(), snapshotId).forEach(c -> byHousehold.putIfAbsent(c.householdId(), c));
            for (VisitStore.Visit v : recorded) {
                SampledCase sampled = byHousehold.get(v.householdId());
                if (sampled != null) {
                    apply(checkRunId, sample.id(), sampled, v);
                }
            }
        }
    }

    private Recorded apply(long checkRunId, long sampleRunId, SampledCase sampled, VisitStore.Visit visit) {
        FindingStore findings = new FindingStore(db);
        String subject = "visit:" + sampleRunId + ":" + sampled.householdId();
        if (visit.result() == VisitStore.Result.NONE) {
            findings.replace(checkRunId, List.of(subject), List.of());
            return new Recorded(checkRunId, 0, false);
        }
        Rule rule = visit.result() == VisitStore.Result.DIBAO ? Rule.MISSED_DIBAO : Rule.MISSED_TEKUN;
        String reason = "入户核查确认（重点排查抽样批次 " + sampleRunId + "）";
        List<StoredFinding> desk = new ArrayList<>();
        findings.forEach(new FindingStore.Query(checkRunId, rule, sampled.countyCode(), true), sf -> {
            if (sampled.householdId().equals(sf.finding().householdId()) && !isFields(sf)) {
                desk.add(sf);
            }
        });
        if (!desk.isEmpty()) {
            findings.replace(checkRunId, List.of(subject), List.of());
            desk.forEach(sf -> findings.verdict(sf.id(), StoredFinding.CONFIRMED, visit.by(), reason));
            return new Recorded(checkRunId, desk.get(0).id(), true);
        }
        Finding f = fieldFinding(rule, sampled, sampleRunId, visit);
        List<String> names = sampled.headName() == null ? List.of() : List.of(sampled.headName());
        findings.replace(checkRunId, List.of(subject), List.of(new FindingStore.Subjected(subject, f, names)));
        long id = added(findings, checkRunId, f);
        findings.verdict(id, StoredFinding.CONFIRMED, visit.by(), reason);
        return new Recorded(checkRunId, id, false);
    }

    /** The newest completed check of all households of a snapshot: where a visit's finding goes. */
    private Optional<CheckRun> newestCheckOfAll(long snapshotId) {
        return new CheckRunStore(db).list().stream()
                .filter(r -> "COMPLETED".equals(r.status()) && r.snapshotId() == snapshotId
                        && CheckRun.SCOPE_ALL.equals(r.scope()))
                .max(Comparator.comparingLong(CheckRun::id));
    }

    /** Whether a finding is one a visit added (it carries the visit's evidence), not the desk check's. */
    private static boolean isFields(StoredFinding sf) {
        return sf.finding().evidence() != null && sf.finding().evidence().containsKey(FIELD_KEY);
    }

    /** The finding of a household the visit found eligible, which the desk check did not report. */
    static Finding fieldFinding(Rule rule, SampledCase h, long sampleRunId, VisitStore.Visit visit) {
        boolean dibao = rule == Rule.MISSED_DIBAO;
        LocalDate day = visit.at().toLocalDate();
        String note = visit.note() == null ? "" : visit.note().strip().replaceAll("[。.]+$", "");
        Map<String, String> e = new LinkedHashMap<>();
        e.put(FIELD_KEY, "重点排查抽样批次 " + sampleRunId + "，" + day);
        e.put("核查结论", dibao ? "符合低保条件" : "符合特困供养条件");
        if (visit.by() != null && !visit.by().isBlank()) {
            e.put("核查人员", visit.by());
        }
        if (!note.isEmpty()) {
            e.put("核查记录", note);
        }
        String detail = "入户核查（重点排查抽样批次 " + sampleRunId + "，" + day + "）确认该户" + e.get("核查结论") + "，但未纳入"
                + (dibao ? "低保" : "特困供养") + (note.isEmpty() ? "" : "：" + note) + "。";
        return Finding.of(rule, null, h.countyCode(), h.householdId(), null, null, detail, e);
    }

    private static long added(FindingStore findings, long runId, Finding f) {
        long[] id = {0};
        findings.forEach(new FindingStore.Query(runId, f.rule(), f.countyCode(), true), sf -> {
            if (FindingStore.key(sf.finding()).equals(FindingStore.key(f)) && isFields(sf)) {
                id[0] = sf.id();
            }
        });
        return id[0];
    }
}
