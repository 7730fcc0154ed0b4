package org.inspect.report.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Properties;
import org.inspect.config.Settings;
import org.inspect.error.BadInputException;
import org.inspect.report.Campaign;

/**
 * The editable settings of the documents ({@code config/campaign.properties}): the campaign, the report number,
 * the notice number pattern and first number, the contacts, and the disclosure period.
 */
public record CampaignSettings(Campaign campaign, String reportPattern, String noticePattern, int noticeFirst,
        String noticeContact, int disclosureDays, String disclosureContact, int noticeTableLimit, int reportFirst,
        String bulletinPattern, int bulletinFirst) {

    /** The bulletin's number when the settings name no pattern of its own. */
    public static final String DEFAULT_BULLETIN_NUMBER = "整改通报〔{year}〕{n}号";

    /** A notice lists every finding up to this many; the shipped {@code notice.fullTableLimit}. */
    public static final int DEFAULT_NOTICE_TABLE_LIMIT = 200;

    public CampaignSettings(Campaign campaign, String reportPattern, String noticePattern, int noticeFirst,
            String noticeContact, int disclosureDays, String disclosureContact) {
        this(campaign, reportPattern, noticePattern, noticeFirst, noticeContact, disclosureDays, disclosureContact,
                DEFAULT_NOTICE_TABLE_LIMIT, 1, DEFAULT_BULLETIN_NUMBER, 1);
    }

    public static final String FILE = "campaign.properties";

    /**
     * The settings with every document dated {@code day} (the campaign day the caller was given: {@code --date},
     * else the {@linkplain #workingDay working day}); nothing here reads the computer's clock.
     */
    public static CampaignSettings on(Settings settings, LocalDate day) {
        return load(settings, day).withIssueDate(day);
    }

    /** Where the campaign's working day comes from. */
    public enum DaySource {
        /** {@code issue.date} of the settings. */
        ISSUE_DATE,
        /** {@code campaign.reference} of the settings, else {@code campaign.start}. */
        REFERENCE,
        /** Neither is written: today by the caller's clock. */
        TODAY
    }

    /** The campaign's working day and where it came from. */
    public record WorkingDay(LocalDate day, DaySource source) {
    }

    /**
     * The campaign's working day, which a document is dated or an event recorded on when the user names none:
     * {@code issue.date}, else {@code campaign.reference} (else {@code campaign.start}), else today by {@code clock}.
     */
    public static WorkingDay workingDay(Settings settings, java.time.Clock clock) {
        Properties p = settings.properties(FILE);
        String source = settings.describe(FILE);
        if (!p.getProperty("issue.date", "").isBlank()) {
            return new WorkingDay(date(p, "issue.date", source), DaySource.ISSUE_DATE);
        }
        for (String key : new String[] {"campaign.reference", "campaign.start"}) {
            if (!p.getProperty(key, "").isBlank()) {
                return new WorkingDay(date(p, key, source), DaySource.REFERENCE);
            }
        }
        return new WorkingDay(LocalDate.now(clock), DaySource.TODAY);
    }

    /** Whether {@code day} lies within the campaign's period (start and end included). */
    public boolean withinCampaign(LocalDate day) {
        return !day.isBefore(campaign.start()) && !day.isAfter(campaign.end());
    }

    /** The settings with {@code undated} as the issue date when {@code issue.date} is empty (a campaign's as-of day). */
    public static CampaignSettings load(Settings settings, LocalDate undated) {
        try (InputStream in = settings.open(FILE)) {
            return parse(in, settings.describe(FILE), undated);
        } catch (IOException e) {
            throw new BadInputException(settings.describe(FILE) + ": cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * The campaign's reference date ({@code campaign.reference}, else {@code campaign.start}): the default as-of
     * date of import and check, and the month an import is labelled with by default.
     */
    public static LocalDate referenceDate(Settings settings) {
        Properties p = settings.properties(FILE);
        String source = settings.describe(FILE);
        return p.getProperty("campaign.reference", "").isBlank() ? date(p, "campaign.start", source)
                : date(p, "campaign.reference", source);
    }

    /** Reads the settings from {@code in}; {@code source} names the file in messages. */
    static CampaignSettings parse(InputStream in, String source, LocalDate today) throws IOException {
        Properties p = new Properties();
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        String issue = p.getProperty("issue.date", "").trim();
        Campaign campaign = new Campaign(required(p, "campaign.name", source),
                date(p, "campaign.start", source), date(p, "campaign.end", source),
                Arrays.stream(required(p, "campaign.units", source).split("[、,，]")).map(String::trim)
                        .filter(s -> !s.isEmpty()).toList(),
                issue.isEmpty() ? today : date(p, "issue.date", source));
        String pattern = required(p, "notice.number", source);
        if (!pattern.contains("{n}")) {
            throw new BadInputException(source + ": notice.number=" + pattern
                    + " has no {n} for the running number, e.g. 泰民救整〔2019〕{n}号");
        }
        String report = required(p, "report.number", source);
        if (!report.contains("{n}") && !report.contains("{run}")) {
            throw new BadInputException(source + ": report.number=" + report
                    + " has no {n} for the running number, e.g. 泰民救查〔2019〕{n}号");
        }
        return new CampaignSettings(campaign, report, pattern,
                integer(p, "notice.first", "1", source), p.getProperty("notice.contact", "").trim(),
                integer(p, "disclosure.days", "7", source), p.getProperty("disclosure.contact", "").trim(),
                integer(p, "notice.fullTableLimit", Integer.toString(DEFAULT_NOTICE_TABLE_LIMIT), source),
                integer(p, "report.first", "1", source),
                p.getProperty("bulletin.number", "").isBlank() ? DEFAULT_BULLETIN_NUMBER
                        : p.getProperty("bulletin.number").trim(),
                integer(p, "bulletin.first", "1", source));
    }

    /** The same settings with another notice table limit (tests, and a city's choice per run). */
    public CampaignSettings withNoticeTableLimit(int limit) {
        return new CampaignSettings(campaign, reportPattern, noticePattern, noticeFirst, noticeContact, disclosureDays,
                disclosureContact, limit, reportFirst, bulletinPattern, bulletinFirst);
    }

    /**
     * The report number with running number {@code n} ({@code {n}} replaced; {@code {run}}, the placeholder of
     * settings files written before the report had its own sequence, stands for the same running number). Which
     * running number a check run's report gets is {@link NumberStore}'s business.
     */
    public String reportNumber(long n) {
        return reportPattern.replace("{n}", Long.toString(n)).replace("{run}", Long.toString(n));
    }

    /** The bulletin number with running number {@code n} ({@code {year}}: the campaign's year). */
    public String bulletinNumber(long n) {
        return bulletinPattern.replace("{n}", Long.toString(n))
                .replace("{year}", Integer.toString(campaign.start().getYear()));
    }

    /** The same settings with another issuing date (tests, and reissues of a past date). */
    public CampaignSettings withIssueDate(LocalDate date) {
        Campaign c = new Campaign(campaign.name(), campaign.start(), campaign.end(), campaign.issuingUnits(), date);
        return new CampaignSettings(c, reportPattern, noticePattern, noticeFirst, noticeContact, disclosureDays,
                disclosureContact, noticeTableLimit, reportFirst, bulletinPattern, bulletinFirst);
    }

    private static String required(Properties p, String key, String source) {
        String v = p.getProperty(key, "").trim();
        if (v.isEmpty()) {
            throw new BadInputException(source + ": " + key + " is missing or empty");
        }
        return v;
    }

    private static LocalDate date(Properties p, String key, String source) {
        String v = required(p, key, source);
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new BadInputException(source + ": " + key + "=" + v + " is not a date (yyyy-MM-dd)");
        }
    }

    private static int integer(Properties p, String key, String dflt, String source) {
        String v = p.getProperty(key, dflt).trim();
        try {
            return Integer.parseInt(v.isEmpty() ? dflt : v);
        } catch (NumberFormatException e) {
            throw new BadInputException(source + ": " + key + "=" + v + " is not a whole number");
        }
    }
}
