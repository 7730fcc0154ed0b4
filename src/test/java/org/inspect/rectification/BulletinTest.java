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
            assertTrue(text.replaceAll("\\s+", "").contains("逾期未销号" + overdue + "项"), text);
            assertTrue(text.contains("已销号事项平均用时 13.0 天"), text);
            // the table: county, items, then the six states, overdue, closure rate, mean days
            assertRow(text, "泰山区", "4 1 1 1 1 0 0 1 25.0% 13.0");
            assertRow(text, "岱岳区", "2 1 0 0 0 1 0 1 0.0% -");
            assertRow(text, "合计", "6 2 1 1 1 1 0 2 20.0% 13.0");
        }
    }

    @Test
    void theBulletinCarriesANumberOfItsOwnSequenceATitleNamingTheCampaignAndNoCommandLine() {
        try (Database db = Database.open(dir.resolve("numbered"))) {
            Rectification r = new Rectification(db, TestContexts.at("2019-04-02T01:00:00Z"));
            List<Item> items = r.open(java.util.stream.IntStream.rangeClosed(1, 20)
                    .mapToObj(i -> Items.missedDibao("370902", "N" + i, i)).toList());
            items.forEach(i -> r.respond(i.id(), "已纳入", Outcome.CLAIMED_FIXED, List.of()));
            r.accept(items.get(0).id(), "复核通过");
            LocalDate day = LocalDate.of(2019, 5, 31);
            org.inspect.report.DocumentService documents = new org.inspect.report.DocumentService(db,
                    TestContexts.at("2019-05-31T01:00:00Z"), org.inspect.testing.TestSettings.PROJECT);
            String first = flat(documents.bulletin(day, dir.resolve("b1")));
            String again = flat(documents.bulletin(day, dir.resolve("b2")));
            String next = flat(documents.bulletin(day.plusDays(1), dir.resolve("b3")));
            assertTrue(first.contains("泰民救整通〔2019〕1号关于社会救助兜底保障“回头看”专项行动问题整改进展情况的通报"), first);
            assertTrue(again.contains("泰民救整通〔2019〕1号"), "the same day's bulletin keeps its number");
            assertTrue(next.contains("泰民救整通〔2019〕2号"), next);
            assertTrue(first.contains("已销号事项平均用时13.0天"), "issued 2019-03-20, closed 2019-04-02: " + first);
            assertTrue(first.contains("截至2019年5月31日"), first);
            // no command line; the signed checkpoint's own token (inspect-anchor v1) is the one machine word it keeps
            org.junit.jupiter.api.Assertions.assertFalse(first.replace("inspect-anchorv1", "").contains("inspect"),
                    first);
        }
    }

    private static String flat(Path pdf) {
        return PdfText.text(pdf).replaceAll("[\\s\\u3000]+", "");
    }

    private static void assertRow(String text, String county, String figures) {
        Matcher m = Pattern.compile(Pattern.quote(county) + " (\\d+( \\d+)+ [0-9.]+% [0-9.\\-]+)").matcher(text);
        assertTrue(m.find(), county + " row not in:\n" + text);
        assertEquals(figures, m.group(1));
    }
}
