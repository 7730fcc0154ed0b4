package org.inspect.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import org.inspect.model.Finding;
import org.inspect.rules.internal.TemporaryDriveRule;

/** The March temporary-assistance drive (clause 二（三）), for the check that judges it county by county. */
public final class DriveRule {

    private final TemporaryDriveRule rule;

    public DriveRule(LocalDate asOf) {
        this.rule = new TemporaryDriveRule(asOf);
    }

    /** NO_TEMPORARY_DRIVE for a county, or null when it held its drive (or March is not over). */
    public Finding check(TemporaryDrive drive, int campaignYear, YearMonth from, YearMonth to) {
        return rule.check(drive, campaignYear, from, to);
    }

    /** Whether the drive can be judged at {@code asOf} (after 31 March of the campaign year). */
    public static boolean judgeable(LocalDate asOf, int campaignYear) {
        return TemporaryDriveRule.judgeable(asOf, campaignYear);
    }
}
