package org.inspect.cli;

import java.time.Clock;
import java.time.LocalDate;
import org.inspect.config.Settings;
import org.inspect.report.data.CampaignSettings;
import picocli.CommandLine.Option;

/**
 * {@code --date DATE}: the campaign day a command's document is dated or its event recorded on. Without it, the
 * campaign's working day: {@code issue.date} of {@code config/campaign.properties}, else {@code campaign.reference},
 * else today. The one option of that meaning on every verb that writes a document or records an event.
 */
final class DateOption {

    @Option(names = "--date", paramLabel = "DATE", descriptionKey = "option.date")
    LocalDate date;

    /** Where the day came from, as the output says it. */
    enum Source {
        OPTION, AS_OF, ISSUE_DATE, REFERENCE, TODAY
    }

    /** The day, and where it came from. */
    record Day(LocalDate day, Source source) {
    }

    /** The day asked for, else {@code fallback} (an older option's value) when not null, else the campaign's. */
    Day day(Settings settings, LocalDate fallback) {
        return day(settings, fallback, Source.OPTION);
    }

    /** The day asked for, else {@code fallback} (said as coming from {@code source}), else the campaign's. */
    Day day(Settings settings, LocalDate fallback, Source source) {
        if (date != null) {
            return new Day(date, Source.OPTION);
        }
        if (fallback != null) {
            return new Day(fallback, source);
        }
        return campaignDay(settings);
    }

    Day day(Settings settings) {
        return day(settings, null);
    }

    /** The campaign's working day ({@link CampaignSettings#workingDay}): today is the computer's. */
    static Day campaignDay(Settings settings) {
        CampaignSettings.WorkingDay d = CampaignSettings.workingDay(settings, Clock.systemDefaultZone());
        return new Day(d.day(), switch (d.source()) {
            case ISSUE_DATE -> Source.ISSUE_DATE;
            case REFERENCE -> Source.REFERENCE;
            case TODAY -> Source.TODAY;
        });
    }

    /**
     * Prints the one line that says which day was used and why; and, for a document ({@code document}), a warning
     * when the day lies outside the campaign's period.
     */
    static void say(Console console, Settings settings, Day day, boolean document) {
        console.info(Messages.get("date.used", day.day().toString(),
                Messages.get("date.source." + day.source().name())));
        CampaignSettings campaign = CampaignSettings.on(settings, day.day());
        if (document && !campaign.withinCampaign(day.day())) {
            console.info(Messages.get("date.outsideCampaign", day.day().toString(),
                    campaign.campaign().start().toString(), campaign.campaign().end().toString()));
        }
    }
}
