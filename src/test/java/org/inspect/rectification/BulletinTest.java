package org.inspect.rectification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inspect.report.BulletinInput;
import org.inspect.report.Campaign;
import org.inspect.report.Documents;
import org.inspect.report.Lang;
import org.inspect.report.PdfText;
import org.inspect.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.inspect.testing.TestContexts;

/** The progress bulletin's figures, read back from the PDF's text, are those of {@code rectify list}. */
class BulletinTest {

    @TempDir
    Path dir;

    @Test
    void printsTheFiguresOfTheListByCountyAndForTheCity() {
        try (Database db = Database.open(dir.resolve("data"))) {
            Rectification r = new Rectification(db, TestContexts.at("2019-04-02T01:00:00Z"));
            List<Item> t = r.as(TestContexts.named("市督查组")).open(List.of(Items.missedDibao("370902", "T1", 1), Items.missedDibao("370902", "T2", 2),
                    Items.missedDibao("370902", "T3", 3), Items.missedDibao("370902", "T4", 4)));
            List<Item> d = r.as(TestContexts.named("市督查组")).open(List.of(Items.missedDibao("370911", "D1", 1), Items.missedDibao("370911", "D2", 2)));
            r.as(TestContexts.named("县")).respond(t.get(0).id(), "已纳入", Outcome.CLAIMED_FIXED, List.of());
            r.as(TestContexts.named("市")).accept(t.get(0).id(), "复核通过");            // 泰山区: 1 closed on 2019-04-02, 13 days after issue
            r.as(TestContexts.named("县")).respond(t.get(1).id(), "已纳入", Outcome.CLAIMED_FIXED, List.of());   // responded
            r.as(TestContexts.named("县")).contest(t.get(2).id(), "不成立", List.of());                          // contested
            r.as(TestContexts.named("县")).contest(d.get(0).id(), "不成立", List.of());
            r.as(TestContexts.named("市")).accept(d.get(0).id(), "采纳");                                          // 岱岳区: withdrawn
            LocalDate day = LocalDate.of(2019, 4, 30);
            List<Rectification.Row> list = r.list(new Rectification.Filter(null, null, false, day));
            Progress p = r.progress(day, null);
            Path file = Documents.configure(Path.of("config"), Path.of("templates")).bulletin(new BulletinInput(
                    new Campaign("社会救助兜底保障“回头看”专项行动", LocalDate.of(2019, 3, 1), LocalDate.of(2019, 6, 30),
                            List.of("泰安市民政局"), day), p), Lang.ZH, dir.resolve("bulletin.pdf"));
            String text = PdfText.text(file).replaceAll("[ \\t]+", " ");

            // the figures expected, counted from rectify list's rows (not from Progress)
            long overdue = list.stream().filter(Rectification.Row::overdue).count();
            assertEquals(2, overdue, "T4 D2 are unanswered after 2019-04-19; T2 and T3 answered in time and wait "
                    + "for the city's review (待复核), which is not overdue");
            assertTrue(text.contains("全市共下发整改事项 6 项，已复核销号 1 项，销号率 20.0%"), text);
            assertTrue(text.contains("逾期未销号 " + overdue + " 项"), text);
            assertTrue(text.contains("已销号事项平均用时 13.0 天"), text);
            // the table: county, items, then the six states, overdue, closure rate, mean days
            assertRow(text, "泰山区", "4 1 1 1 1 0 0 1 25.0% 13.0");
            assertRow(text, "岱岳区", "2 1 0 0 0 1 0 1 0.0% -");
            assertRow(text, "合计", "6 2 1 1 1 1 0 2 20.0% 13.0");
        }
    }

    private static void assertRow(String text, String county, String figures) {
        Matcher m = Pattern.compile(Pattern.quote(county) + " (\\d+( \\d+)+ [0-9.]+% [0-9.\\-]+)").matcher(text);
        assertTrue(m.find(), county + " row not in:\n" + text);
        assertEquals(figures, m.group(1));
    }
}
