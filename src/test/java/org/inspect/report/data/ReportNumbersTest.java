package org.inspect.report.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.inspect.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's number is a sequence of its own, not the check run's id, and a run keeps the number it was given; a
 * day's bulletin likewise, in a sequence of its own.
 */
class ReportNumbersTest {

    @TempDir
    Path data;

    private static CampaignSettings settings(String replace, String with) throws IOException {
        String text = Files.readString(Path.of("config", CampaignSettings.FILE)).replace(replace, with);
        return CampaignSettings.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "campaign.properties", LocalDate.of(2019, 5, 20));
    }

    @Test
    void theFifthCheckRunsReportIsTheFirstReportNumber() throws IOException {
        CampaignSettings s = settings("report.first=1", "report.first=1");
        try (Database db = Database.open(data)) {
            NumberStore<Long> numbers = NumberStore.reports(db);
            assertEquals("泰民救查〔2019〕1号", numbers.numberFor(5L, s));
            assertEquals("泰民救查〔2019〕2号", numbers.numberFor(9L, s));
            assertEquals("泰民救查〔2019〕3号", numbers.numberFor(2L, s));
        }
    }

    @Test
    void rewritingTheReportOfARunKeepsItsNumber() throws IOException {
        CampaignSettings s = settings("report.first=1", "report.first=1");
        try (Database db = Database.open(data)) {
            NumberStore<Long> numbers = NumberStore.reports(db);
            numbers.numberFor(5L, s);
            numbers.numberFor(6L, s);
            assertEquals("泰民救查〔2019〕1号", numbers.numberFor(5L, s));
        }
        try (Database db = Database.open(data)) {
            assertEquals("泰民救查〔2019〕2号", NumberStore.reports(db).numberFor(6L, s), "kept across sessions");
        }
    }

    @Test
    void theSequenceStartsAtTheConfiguredNumberAndANewPatternStartsAgain() throws IOException {
        CampaignSettings from12 = settings("report.first=1", "report.first=12");
        CampaignSettings nextYear = settings("泰民救查〔2019〕{n}号", "泰民救查〔2020〕{n}号");
        try (Database db = Database.open(data)) {
            NumberStore<Long> numbers = NumberStore.reports(db);
            assertEquals("泰民救查〔2019〕12号", numbers.numberFor(3L, from12));
            assertEquals("泰民救查〔2019〕13号", numbers.numberFor(4L, from12));
            assertEquals("泰民救查〔2020〕1号", numbers.numberFor(4L, nextYear));
        }
    }

    @Test
    void aDaysBulletinTakesTheNextBulletinNumberAndKeepsIt() throws IOException {
        CampaignSettings s = settings("report.first=1", "report.first=1");
        try (Database db = Database.open(data)) {
            NumberStore<LocalDate> bulletins = NumberStore.bulletins(db);
            NumberStore.reports(db).numberFor(5L, s);
            String april = bulletins.numberFor(LocalDate.of(2019, 4, 1), s);
            assertEquals(s.bulletinNumber(s.bulletinFirst()), april, "a sequence apart from the reports'");
            assertEquals(s.bulletinNumber(s.bulletinFirst() + 1), bulletins.numberFor(LocalDate.of(2019, 5, 1), s));
            assertEquals(april, bulletins.numberFor(LocalDate.of(2019, 4, 1), s));
        }
    }
}
