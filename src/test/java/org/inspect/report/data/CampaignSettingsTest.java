package org.inspect.report.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.inspect.config.Settings;
import org.inspect.error.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CampaignSettingsTest {

    private static final LocalDate TODAY = LocalDate.of(2019, 5, 20);

    private static CampaignSettings parse(String text) throws IOException {
        return CampaignSettings.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "campaign.properties",
                TODAY);
    }

    private static String shipped() throws IOException {
        return Files.readString(Path.of("config", CampaignSettings.FILE));
    }

    @Test
    void shippedSettingsAreTaiAnsCampaign() throws IOException {
        CampaignSettings s = parse(shipped());
        assertEquals("社会救助兜底保障“回头看”专项行动", s.campaign().name());
        assertEquals(LocalDate.of(2019, 3, 1), s.campaign().start());
        assertEquals(LocalDate.of(2019, 6, 30), s.campaign().end());
        assertEquals(List.of("泰安市民政局", "泰安市扶贫开发领导小组办公室"), s.campaign().issuingUnits());
        assertEquals("泰民救整〔2019〕{n}号", s.noticePattern());
        assertEquals(1, s.noticeFirst());
        assertEquals(TODAY, s.campaign().issueDate(), "an empty issue date means today");
        assertEquals("泰民救查〔2019〕12号", s.reportNumber(12));
        assertEquals("泰民救查〔2019〕{n}号", s.reportPattern());
        assertEquals(1, s.reportFirst());
    }

    @Test
    void anIssueDateIsUsedAsGiven() throws IOException {
        assertEquals(LocalDate.of(2019, 5, 6), parse(shipped().replace("issue.date=", "issue.date=2019-05-06"))
                .campaign().issueDate());
    }

    static Stream<Arguments> broken() {
        return Stream.of(
                Arguments.of("notice.number=泰民救整〔2019〕{n}号", "notice.number=泰民救整〔2019〕号", "{n}"),
                Arguments.of("campaign.start=2019-03-01", "campaign.start=2019年3月1日", "campaign.start"),
                Arguments.of("notice.first=1", "notice.first=one", "notice.first"),
                Arguments.of("report.number=泰民救查〔2019〕{n}号", "report.number=泰民救查〔2019〕号", "report.number"),
                Arguments.of("report.first=1", "report.first=first", "report.first"),
                Arguments.of("campaign.units=", "#campaign.units=", "campaign.units"));
    }

    @ParameterizedTest
    @MethodSource("broken")
    void aBrokenSettingIsNamedInTheError(String line, String replacement, String named) throws IOException {
        String text = shipped();
        assertTrue(text.contains(line), line);
        BadInputException e = assertThrows(BadInputException.class, () -> parse(text.replace(line, replacement)));
        assertTrue(e.getMessage().contains(named) && e.getMessage().contains("campaign.properties"), e.getMessage());
    }

    @Test
    void theShippedCopyIsPackagedForUseOutsideTheRepository() throws IOException {
        try (InputStream in = CampaignSettings.class.getClassLoader().getResourceAsStream("config/campaign.properties")) {
            assertTrue(in != null, "config/campaign.properties on the class path");
            assertEquals(shipped(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /**
     * The working day, by a clock at 2020-01-02, of a city whose campaign.properties is the shipped one with each
     * {@code edits[i]} replaced by {@code edits[i + 1]}.
     */
    private static CampaignSettings.WorkingDay workingDay(Path dir, String... edits) throws IOException {
        String text = shipped();
        for (int i = 0; i < edits.length; i += 2) {
            assertTrue(text.contains(edits[i]), edits[i]);
            text = text.replace(edits[i], edits[i + 1]);
        }
        Path config = Files.createDirectories(dir.resolve("config"));
        Files.writeString(config.resolve(CampaignSettings.FILE), text);
        return CampaignSettings.workingDay(new Settings(config, dir.resolve("templates")),
                Clock.fixed(Instant.parse("2020-01-02T03:00:00Z"), ZoneOffset.UTC));
    }

    private static CampaignSettings.WorkingDay day(String day, CampaignSettings.DaySource source) {
        return new CampaignSettings.WorkingDay(LocalDate.parse(day), source);
    }

    @Test
    void theWorkingDayIsTheIssueDateWhenOneIsWritten(@TempDir Path dir) throws IOException {
        assertEquals(day("2019-05-06", CampaignSettings.DaySource.ISSUE_DATE),
                workingDay(dir, "issue.date=", "issue.date=2019-05-06"));
    }

    @Test
    void theWorkingDayIsElseTheReferenceElseTheStart(@TempDir Path dir) throws IOException {
        assertEquals(day("2019-03-10", CampaignSettings.DaySource.REFERENCE),
                workingDay(dir, "campaign.reference=2019-03-01", "campaign.reference=2019-03-10"));
        assertEquals(day("2019-03-01", CampaignSettings.DaySource.REFERENCE),
                workingDay(dir, "campaign.reference=2019-03-01", "campaign.reference="));
    }

    @Test
    void theWorkingDayIsElseTodayByTheCallersClock(@TempDir Path dir) throws IOException {
        assertEquals(day("2020-01-02", CampaignSettings.DaySource.TODAY), workingDay(dir,
                "campaign.reference=2019-03-01", "campaign.reference=", "campaign.start=2019-03-01", "campaign.start="));
    }
}
