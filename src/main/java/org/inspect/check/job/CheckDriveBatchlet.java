package org.inspect.check.job;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.inspect.batch.JobServices;
import org.inspect.check.CampaignPeriod;
import org.inspect.check.DriveCheck;
import org.inspect.check.FindingStore;
import org.inspect.rules.EligibilityEngine;
import org.inspect.store.Database;
import org.inspect.store.RollReader;

/**
 * Step {@code check.drive}: rule NO_TEMPORARY_DRIVE per county (clause 二（三）). Desk audits only; the findings
 * of all counties are replaced in one transaction (subject {@code drive:<county>}), so a rerun is idempotent.
 */
// public for JBeret: batch/Artifacts builds the artifacts the job XMLs name, by class name, through reflection
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
        CampaignPeriod period = CampaignPeriod.load(services.settings());
        List<String> subjects = new ArrayList<>();
        List<FindingStore.Subjected> findings = new ArrayList<>();
        new DriveCheck(db, period).judge(p.snapshotId(), new RollReader(db, p.snapshotId()).counties(), p.asOf())
                .forEach((county, f) -> {
                    subjects.add(SUBJECT + county);
                    if (f != null) {
                        findings.add(new FindingStore.Subjected(SUBJECT + county, f));
                    }
                });
        new FindingStore(db).replace(p.runId(), subjects, findings);
        return EligibilityEngine.driveJudgeable(p.asOf(), period.year()) ? "JUDGED" : "NOT_JUDGEABLE";
    }
}
