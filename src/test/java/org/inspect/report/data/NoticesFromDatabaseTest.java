package org.inspect.report.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.inspect.check.FindingStore;
import org.inspect.cli.Cli;
import org.inspect.model.Counties;
import org.inspect.model.Rule;
import org.inspect.report.PdfText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rectification notices written from a stored check run, and their records (schema 5). */
class NoticesFromDatabaseTest {

    private final StoredCity city = StoredCity.get();

    @TempDir
    Path out;

    private Map<String, Map<Rule, Long>> open(long run) {
        return city.withDb(db -> new FindingStore(db).countsByCountyAndRule(run));
    }

    private List<NoticeIssuer.Issued> recorded(long run) {
        return city.withDb(db -> NoticeIssuer.recorded(db, run));
    }

    @Test
    void everyCountyWithAnOpenFindingHasANoticeListingItsFindingsAndTheDeadline() {
        Path dir = city.documents().resolve("notices");
        Map<String, Map<Rule, Long>> open = open(city.allRun);
        // issued on the campaign's working day (campaign.reference of the shipped settings), never the computer's
        LocalDate deadline = LocalDate.of(2019, 3, 1).plusDays(StoredCity.NOTICE_DAYS);
        String due = deadline.getYear() + "年" + deadline.getMonthValue() + "月" + deadline.getDayOfMonth() + "日";
        List<NoticeIssuer.Issued> notices = recorded(city.allRun);
        assertEquals(open.keySet(), notices.stream().map(NoticeIssuer.Issued::countyCode)
                .collect(java.util.stream.Collectors.toSet()));
        for (NoticeIssuer.Issued n : notices) {
            long count = open.get(n.countyCode()).values().stream().mapToLong(Long::longValue).sum();
            assertEquals(count, n.items(), n.number());
            Path file = dir.resolve("notice-" + n.countyCode() + "-" + Counties.name(n.countyCode()) + ".pdf");
            String text = PdfText.text(file).replace("\n", "");
            assertTrue(text.contains(n.number()), n.number());
            assertTrue(text.contains(Counties.name(n.countyCode())), n.countyCode());
            assertTrue(text.contains("存在以下问题共 " + count + " 条"), text);
            assertTrue(text.contains("于" + due + "前全部整改到位"), "deadline " + due);
        }
        String combined = PdfText.text(dir.resolve("notices-combined.pdf"));
        notices.forEach(n -> assertTrue(combined.contains(n.number()), n.number()));
    }

    @Test
    void noticeItemsAreTheOpenFindingsMarkedOpen() {
        city.documents();
        long items = city.withDb(db -> count(db, "SELECT COUNT(*) FROM notice_item i JOIN notice n ON n.id = "
                + "i.notice_id WHERE n.check_run_id = " + city.allRun + " AND i.status = 'OPEN'"));
        long open = city.withDb(db -> (long) new FindingStore(db)
                .list(new FindingStore.Query(city.allRun, null, null, false)).size());
        assertEquals(open, items);
        long dismissedListed = city.withDb(db -> count(db, "SELECT COUNT(*) FROM notice_item WHERE finding_id = "
                + city.dismissedFinding));
        assertEquals(0, dismissedListed, "a dismissed finding is on no notice");
    }

    @Test
    void numbersFollowThePatternKeepOnReissueAndAreNotGivenAgainToTheSameProblems() {
        city.documents();
        List<NoticeIssuer.Issued> first = recorded(city.allRun);
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= first.size(); i++) {
            expected.add("泰民救整〔2019〕" + i + "号");
        }
        assertEquals(expected, first.stream().map(NoticeIssuer.Issued::number).toList());

        Cli.Result again = city.cli.run("notices", "--run", Long.toString(city.allRun), "--deadline",
                LocalDate.now().plusDays(10).toString(), "--out", out.resolve("again").toString());
        assertEquals(0, again.exitCode(), again::toString);
        assertEquals(expected, recorded(city.allRun).stream().map(NoticeIssuer.Issued::number).toList());
        assertTrue(again.out().contains(expected.get(0)), again.out());

        // issue 11: the sample's check run finds the same problems (same snapshot): they keep their notices, and
        // no new number is given to a problem already named
        Cli.Result next = city.cli.run("notices", "--run", Long.toString(city.sampleCheckRun), "--out",
                out.resolve("next").toString());
        assertEquals(0, next.exitCode(), next::toString);
        assertTrue(recorded(city.sampleCheckRun).isEmpty(), "no notice for problems already named");
        assertTrue(!Files.exists(out.resolve("next").resolve("notices-combined.pdf")));
    }

    @Test
    void aDeadlineBeforeTheIssueDateIsRefused() {
        Cli.Result r = city.cli.run("notices", "--run", Long.toString(city.allRun), "--deadline", "2019-02-20",
                "--out", out.toString());
        assertEquals(3, r.exitCode(), r::toString);
        assertTrue(r.err().contains("deadline 2019-02-20"), r.err());
    }

    static long count(org.inspect.store.Database db, String sql) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
