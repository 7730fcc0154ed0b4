package org.inspect.rules.internal;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.StringJoiner;

import org.inspect.model.Counties;
import org.inspect.model.Finding;
import org.inspect.model.Rule;
import org.inspect.rules.TemporaryDrive;

/**
 * NO_TEMPORARY_DRIVE (clause 二（三）, “各县（市、区）要在3月份集中开展一次临时救助活动”): a county that approved no
 * temporary assistance in March of the campaign year. Judged only once March is over at the reference date.
 */
public final class TemporaryDriveRule {

    private final LocalDate asOf;

    public TemporaryDriveRule(LocalDate asOf) {
        this.asOf = asOf;
    }

    /** Whether the March drive of {@code campaignYear} can be judged at the reference date (after 31 March). */
    public static boolean judgeable(LocalDate asOf, int campaignYear) {
        return asOf.isAfter(driveMonth(campaignYear).atEndOfMonth());
    }

    /** March of the campaign year. */
    public static YearMonth driveMonth(int campaignYear) {
        return YearMonth.of(campaignYear, Month.MARCH);
    }

    /**
     * The finding for the county, or null when it held its drive or March is not over yet. {@code from} and
     * {@code to} bound the months the evidence lists (the campaign period up to the reference date).
     */
    public Finding check(TemporaryDrive drive, int campaignYear, YearMonth from, YearMonth to) {
        if (!judgeable(asOf, campaignYear)) {
            return null;
        }
        YearMonth march = driveMonth(campaignYear);
        if (drive.month(march).decisions() > 0) {
            return null;
        }
        Evidence e = new Evidence();
        StringJoiner months = new StringJoiner("；");
        int total = 0;
        int poor = 0;
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            TemporaryDrive.Month t = drive.month(m);
            e.put(label(m) + "临时救助批准", t.decisions() + " 件，其中建档立卡贫困户 " + t.registeredPoor() + " 件");
            months.add(label(m) + " " + t.decisions() + " 件");
            total += t.decisions();
            poor += t.registeredPoor();
        }
        e.put("集中救助月份", label(march)).put("参照日期", asOf.toString());
        String detail = Counties.name(drive.countyCode()) + " " + label(march) + "未批准任何临时救助，未按要求在3月份集中开展一次"
                + "临时救助活动。专项行动期间各月批准临时救助：" + months + "（合计 " + total + " 件，其中建档立卡贫困户 "
                + poor + " 件）。";
        return Finding.of(Rule.NO_TEMPORARY_DRIVE, null, drive.countyCode(), null, null, null, detail, e.build());
    }

    private static String label(YearMonth m) {
        return m.getYear() + "年" + m.getMonthValue() + "月";
    }
}
