package org.inspect.check;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inspect.model.Finding;
import org.inspect.rules.TemporaryDrive;
import org.inspect.rules.DriveRule;
import org.inspect.store.Database;

/**
 * Rule NO_TEMPORARY_DRIVE (clause 二（三）) over a snapshot's counties at a reference date: the March drive of each
 * county judged from its temporary-assistance decisions of the campaign period. A count per county of one query,
 * so the check's drive step and the demo's look at month two share it without checking every household.
 */
public final class DriveCheck {

    private final Database db;
    private final CampaignPeriod period;

    public DriveCheck(Database db, CampaignPeriod period) {
        this.db = db;
        this.period = period;
    }

    /** County code → its finding, or null when it held its drive or March is not over at {@code asOf}. */
    public Map<String, Finding> judge(long snapshotId, List<String> counties, LocalDate asOf) {
        Map<String, TemporaryDrive> drives = new TemporaryCases(db).tally(snapshotId, counties, period.start(),
                asOf.isBefore(period.end()) ? asOf : period.end());
        DriveRule rule = new DriveRule(asOf);
        Map<String, Finding> out = new LinkedHashMap<>();
        for (TemporaryDrive d : drives.values()) {
            out.put(d.countyCode(), rule.check(d, period.year(), period.firstMonth(), period.lastMonth(asOf)));
        }
        return out;
    }

    /** Whether the drive can be judged at {@code asOf} (after 31 March of the campaign year). */
    public boolean judgeable(LocalDate asOf) {
        return DriveRule.judgeable(asOf, period.year());
    }
}
