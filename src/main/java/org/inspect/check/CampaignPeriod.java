package org.inspect.check;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Properties;

import org.inspect.config.Settings;
import org.inspect.error.BadInputException;

/** The campaign's period ({@code campaign.start}, {@code campaign.end} in {@code config/campaign.properties}). */
public record CampaignPeriod(LocalDate start, LocalDate end) {

    static final String FILE = "campaign.properties";

    /** The city's period ({@code settings}' file), else the shipped one. */
    public static CampaignPeriod load(Settings settings) {
        Properties p = settings.properties(FILE);
        return new CampaignPeriod(date(p, "campaign.start", settings), date(p, "campaign.end", settings));
    }

    /**
     * The campaign's reference date ({@code campaign.reference}, else {@code campaign.start}): the as-of date of a
     * check that names none.
     */
    public static LocalDate referenceDate(Settings settings) {
        Properties p = settings.properties(FILE);
        return p.getProperty("campaign.reference", "").isBlank() ? date(p, "campaign.start", settings)
                : date(p, "campaign.reference", settings);
    }

    private static LocalDate date(Properties p, String key, Settings settings) {
        String v = p.getProperty(key, "").trim();
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new BadInputException(settings.describe(FILE) + ": " + key + "=" + v
                    + " is not a date: write yyyy-MM-dd", e);
        }
    }

    /** The year of the March drive (clause 二（三）): the campaign's first year. */
    public int year() {
        return start.getYear();
    }

    /** The first month the drive evidence lists: the campaign's first month. */
    public YearMonth firstMonth() {
        return YearMonth.from(start);
    }

    /** The last month the evidence lists at a reference date: the campaign's last month, or the reference's. */
    public YearMonth lastMonth(LocalDate asOf) {
        YearMonth last = YearMonth.from(end);
        YearMonth ref = YearMonth.from(asOf);
        return ref.isBefore(last) ? ref : last;
    }
}
