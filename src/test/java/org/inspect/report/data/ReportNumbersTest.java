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

/** The report's number is a sequence of its own, not the check run's id, and a run keeps the number it was given. */
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
            ReportNumberStore numbers = new ReportNumberStore(db);
            assertEquals("泰民救查〔2019〕1号", numbers.numberFor(5, s));
            assertEquals("泰民救查〔2019〕2号", numbers.numberFor(9, s));
            assertEquals("泰民救查〔2019〕3号", numbers.numberFor(2, s));
        }
    }

    @Test
    void rewritingTheReportOfARunKeepsItsNumber() throws IOException {
        CampaignSettings s = settings("report.first=1", "report.first=1");
        try (Database db = Database.open(data)) {
            ReportNumberStore numbers = new ReportNumberStore(db);
            numbers.numberFor(5, s);
            numbers.numberFor(6, s);
            assertEquals("泰民救查〔2019〕1号", numbers.numberFor(5, s));
        }
        try (Database db = Database.open(data)) {
            assertEquals("泰民救查〔2019〕2号", new ReportNumberStore(db).numberFor(6, s), "kept across sessions");
        }
    }

    @Test
    void theSequenceStartsAtTheConfiguredNumberAndANewPatternStartsAgain() throws IOException {
        CampaignSettings from12 = settings("report.first=1", "report.first=12");
        CampaignSettings nextYear = settings("泰民救查〔2019〕{n}号", "泰民救查〔2020〕{n}号");
        try (Database db = Database.open(data)) {
            ReportNumberStore numbers = new ReportNumberStore(db);
            assertEquals("泰民救查〔2019〕12号", numbers.numberFor(3, from12));
            assertEquals("泰民救查〔2019〕13号", numbers.numberFor(4, from12));
            assertEquals("泰民救查〔2020〕1号", numbers.numberFor(4, nextYear));
        }
    }
}
