package org.inspect.report.data;


import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inspect.check.CheckRun;
import org.inspect.check.FindingStore;
import org.inspect.check.TemporaryCases;
import org.inspect.focus.FocusGroup;
import org.inspect.focus.FocusGroups;
import org.inspect.model.Rule;
import org.inspect.report.Campaign;
import org.inspect.report.FocusSection;
import org.inspect.rules.EligibilityEngine;
import org.inspect.rules.TemporaryDrive;
import org.inspect.sampling.SampleRun;
import org.inspect.sampling.SampleRunStore;
import org.inspect.sampling.SampledCase;
import org.inspect.store.Database;
import org.inspect.store.RollReader;
import org.inspect.visits.VisitStore;

/**
 * The report's 集中救助 and focus-group sections, asked of the features that own the data: the temporary
 * assistance of the check's snapshot (check), the focus groups streamed from its rolls (focus), and the newest
 * completed household sample of the snapshot with its home visits (sampling, focus).
 */
final class FocusData {

    private final Database db;

    FocusData(Database db) {
        this.db = db;
    }

    FocusSection assemble(CheckRun run, Campaign campaign) {
        int year = campaign.start().getYear();
        boolean judgeable = EligibilityEngine.driveJudgeable(run.asOf(), year);
        List<String> counties = new RollReader(db, run.snapshotId()).counties();
        YearMonth march = YearMonth.of(year, 3);
        Map<String, TemporaryDrive> tally = new TemporaryCases(db).tally(run.snapshotId(), counties, march.atDay(1),
                march.atEndOfMonth());
        Map<String, Long> fired = new HashMap<>();
        new FindingStore(db).forEach(new FindingStore.Query(run.id(), Rule.NO_TEMPORARY_DRIVE, null, false),
                f -> fired.merge(f.finding().countyCode(), 1L, Long::sum));
        List<FocusSection.Drive> drives = new ArrayList<>();
        tally.forEach((county, d) -> {
            TemporaryDrive.Month m = d.month(march);
            drives.add(new FocusSection.Drive(county, m.decisions(), m.registeredPoor(), m.amountYuan(), m.withAmount(),
                    fired.containsKey(county)));
        });
        Optional<SampleRun> sample = householdSample(run.snapshotId());
        Map<String, int[]> sampled = new HashMap<>();
        sample.ifPresent(s -> countVisits(s, sampled));
        List<FocusSection.Groups> groups = new ArrayList<>();
        new FocusGroups(db).sizes(run, campaign.start()).forEach((county, sz) -> {
            int[] v = sampled.getOrDefault(county, new int[3]);
            groups.add(new FocusSection.Groups(county, sz.of(FocusGroup.UNCOVERED_POOR), sz.of(FocusGroup.MARGINAL),
                    sz.of(FocusGroup.SEVERE), sz.households(), v[0], v[1], v[2]));
        });
        return new FocusSection(year, run.asOf(), judgeable, drives, groups, sample.map(SampleRun::id).orElse(null),
                sample.map(r -> r.plan().title()).orElse(null));
    }

    /** The newest completed sample run of the snapshot whose plan draws households. */
    private Optional<SampleRun> householdSample(long snapshotId) {
        return new SampleRunStore(db).list().stream()
                .filter(r -> r.snapshotId() == snapshotId && r.completed() && r.plan().frame().ofHouseholds())
                .max(Comparator.comparingLong(SampleRun::id));
    }

    /** Per county: sampled, visited, found eligible (dibao or tekun). */
    private void countVisits(SampleRun run, Map<String, int[]> out) {
        Map<String, VisitStore.Result> visits = new VisitStore(db).visits(run.id());
        for (SampledCase c : new SampleRunStore(db).cases(run.id(), run.snapshotId())) {
            int[] v = out.computeIfAbsent(c.countyCode(), k -> new int[3]);
            v[0]++;
            VisitStore.Result r = visits.get(c.householdId());
            if (r != null) {
                v[1]++;
                if (r != VisitStore.Result.NONE) {
                    v[2]++;
                }
            }
        }
    }

}
