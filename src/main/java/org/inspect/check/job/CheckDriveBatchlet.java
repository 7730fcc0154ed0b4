package org.inspect.check.job;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.inspect.batch.JobServices;
import org.inspect.check.CampaignPeriod;
import org.inspect.check.FindingStore;
import org.inspect.check.TemporaryCases;
import org.inspect.model.Finding;
import org.inspect.rules.EligibilityEngine;
import org.inspect.rules.TemporaryDrive;
import org.inspect.store.Database;
import org.inspect.store.RollReader;

/**
 * Step {@code check.drive}: rule NO_TEMPORARY_DRIVE per county (clause 二（三）). Desk audits only; the findings
 * of all counties are replaced in one transaction (subject {@code drive:<county>}), so a rerun is idempotent.
 */
public class CheckDriveBatchlet extends AbstractBatchlet {

    private final JobServices services;

    public CheckDriveBatchlet(JobServices services) {
        this.services = services;
    }

    /** The subject prefix of county-level drive findings. */
    public static final String SUBJECT = "drive:";

    @Inject
    JobContext jobContext;

    @Override
    public String process() {
        CheckParameters p = CheckParameters.of(services.jobParameters(jobContext));
        if (p.sampleRunId() != null) {
            return "SKIPPED";
        }
        Database db = services.database();
        RollReader roll = new RollReader(db, p.snapshotId());
        CampaignPeriod period = CampaignPeriod.load();
        EligibilityEngine engine = new EligibilityEngine(roll.standards(), CriteriaConfig.load(), p.asOf());
        List<String> counties = roll.counties();
        Map<String, TemporaryDrive> drives = new TemporaryCases(db).tally(p.snapshotId(), counties,
                period.start(), p.asOf().isBefore(period.end()) ? p.asOf() : period.end());
        List<String> subjects = new ArrayList<>();
        List<FindingStore.Subjected> findings = new ArrayList<>();
        for (TemporaryDrive d : drives.values()) {
            subjects.add(SUBJECT + d.countyCode());
            Finding f = engine.noTemporaryDrive(d, period.year(), period.firstMonth(), period.lastMonth(p.asOf()));
            if (f != null) {
                findings.add(new FindingStore.Subjected(SUBJECT + d.countyCode(), f));
            }
        }
        new FindingStore(db).replace(p.runId(), subjects, findings);
        return EligibilityEngine.driveJudgeable(p.asOf(), period.year()) ? "JUDGED" : "NOT_JUDGEABLE";
    }
}
