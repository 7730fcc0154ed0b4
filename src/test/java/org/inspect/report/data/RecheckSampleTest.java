package org.inspect.report.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.inspect.cli.Cli;
import org.inspect.model.Inspector;
import org.inspect.rectification.Item;
import org.inspect.rectification.Outcome;
import org.inspect.rectification.Rectification;
import org.inspect.rectification.RectificationStore;
import org.inspect.report.PdfText;
import org.inspect.sampling.Assignment;
import org.inspect.sampling.Manifest;
import org.inspect.sampling.SampleRunStore;
import org.inspect.sampling.StratumResult;
import org.inspect.store.RollReader;
import org.inspect.store.Snapshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.inspect.testing.TestContexts;

/**
 * Issue 11, re-inspection of closed items: {@code sample --recheck} draws from the CLOSED rectification items by
 * county, reproducibly, verifiable with {@code verify-sample} (and no longer after a closed item's data is changed),
 * with inspectors from outside the item's county, and checklists that list what the county said it did.
 */
class RecheckSampleTest {

    private static final String SEED = "2019-05-06 福彩3D 第2019118期 开奖号 215";
    private static final String RESPONSE = "已于4月2日入户核实并启动低保审核审批，4月10日批准纳入，按月发放";

    private final StoredCity city = StoredCity.get();

    @TempDir
    Path tmp;

    /** Closes the first {@code n} items as the county and the city would: response with evidence, then acceptance. */
    private List<Item> close(int n) throws IOException {
        Path evidence = tmp.resolve("审批表-2019-04-10.pdf");
        Files.writeString(evidence, "scanned approval", StandardCharsets.UTF_8);
        return city.withDb(db -> {
            Rectification r = new Rectification(db, TestContexts.at("2019-04-12T02:00:00Z"));
            List<Item> items = new RectificationStore(db).items(null).subList(0, n);
            for (Item i : items) {
                r.as(TestContexts.named("县民政局")).respond(i.id(), RESPONSE, Outcome.CLAIMED_FIXED, List.of(evidence));
                r.as(TestContexts.named("市督查组")).accept(i.id(), "复核通过");
            }
            return items;
        });
    }

    private static void ok(Cli.Result r) {
        assertEquals(0, r.exitCode(), r::toString);
    }

    private long lastSampleRun() {
        return city.withDb(db -> new SampleRunStore(db).list().get(0).id());
    }

    @Test
    void drawsClosedItemsByCountyVerifiablyWithAvoidanceAndFailsAfterTampering() throws IOException {
        List<Item> closed = close(12);
        ok(city.cli.run("sample", "--recheck", "--rate", "50%", "--seed-text", SEED));
        long run = lastSampleRun();
        Manifest m = city.withDb(db -> new SampleRunStore(db).manifest(run));
        Map<String, Long> byCounty = closed.stream().collect(Collectors.groupingBy(Item::countyCode,
                Collectors.counting()));
        assertEquals(byCounty.size(), m.strata().size(), "one stratum per county with closed items");
        for (StratumResult s : m.strata()) {
            String county = s.key().substring("county=".length());
            long frame = byCounty.get(county);
            assertEquals(frame, s.frameSize(), s.key());
            // 50 % rounded up, at least one
            assertEquals(Math.max(1, (frame + 1) / 2), s.sampleSize(), s.key());
            s.caseIds().forEach(id -> assertTrue(closed.stream().anyMatch(i -> i.id() == Long.parseLong(id)
                    && i.countyCode().equals(county)), id));
        }
        Map<String, Inspector> pool = city.withDb(db -> new RollReader(db, new Snapshots(db)
                .activeId(StoredCity.LABEL)).inspectors()).stream()
                .collect(Collectors.toMap(Inspector::inspectorId, Function.identity(), (a, b) -> a));
        for (Assignment a : m.assignments()) {
            assertEquals(2, a.inspectorIds().size());
            a.inspectorIds().forEach(id -> assertFalse(pool.get(id).countyCode().equals(a.countyCode()),
                    "avoidance: " + id + " re-inspects an item of " + a.countyCode()));
        }

        // the same seed draws the same sample, and recording an outcome afterwards does not change the frame
        ok(city.cli.run("sample", "--recheck", "--rate", "50%", "--seed-text", SEED));
        long second = lastSampleRun();
        Manifest again = city.withDb(db -> new SampleRunStore(db).manifest(second));
        assertEquals(m.strata().stream().flatMap(s -> s.caseIds().stream()).toList(),
                again.strata().stream().flatMap(s -> s.caseIds().stream()).toList());
        ok(city.cli.run("rectify", "confirm", Long.toString(closed.get(0).id()), "--note", "复查整改到位",
                "--date", "2019-05-06"));
        Cli.Result verified = city.cli.run("verify-sample", Long.toString(run));
        ok(verified);

        // a closed item's response changed in the database: its county's stratum no longer verifies
        city.withDb(db -> update(db, "UPDATE rect_event SET note = '已整改' WHERE action = 'RESPOND' AND item_id = "
                + closed.get(1).id()));
        Cli.Result tampered = city.cli.run("verify-sample", Long.toString(run));
        assertEquals(6, tampered.exitCode(), tampered::toString);
        assertTrue(tampered.out().contains("county=" + closed.get(1).countyCode()), tampered.out());
    }

    @Test
    void aChecklistListsWhatTheCountySaidItDid() throws IOException {
        close(6);
        ok(city.cli.run("sample", "--recheck", "--rate", "100%", "--seed-text", SEED));
        Path out = tmp.resolve("recheck");
        ok(city.cli.run("sample", "show", Long.toString(lastSampleRun()), "--export", out.toString(),
                "--date", "2019-05-06"));
        List<Path> checklists;
        try (Stream<Path> s = Files.list(out)) {
            checklists = s.filter(p -> p.getFileName().toString().startsWith("checklist-")).toList();
        }
        assertFalse(checklists.isEmpty());
        String text = PdfText.text(checklists.get(0)).replace("\n", "");
        assertTrue(text.contains("复查整改事项"), text);
        assertTrue(text.contains(RESPONSE.substring(0, 12)), text);
        assertTrue(text.contains("审批表-2019-04-10.pdf"), text);
        assertTrue(text.contains("2019年4月12日"), "the day of the response: " + text);
        assertTrue(text.contains("泰民救整〔2019〕"), text);
        String squeezed = text.replaceAll("[\\s\\u3000]+", "");
        assertTrue(squeezed.contains("销号日期2019年4月12日"), "closed on the campaign day it was accepted: " + text);
        assertFalse(text.contains("inspect"), "no command line on a checklist: " + text);
        assertFalse(squeezed.matches(".*20(2[0-9]|1[0-7])年.*"), "no date outside the campaign's years: " + text);
        // a re-inspection sample has no cases: checking or reporting on it as on a case sample is refused
        Cli.Result check = city.cli.run("check", "--sample", Long.toString(lastSampleRun()));
        assertEquals(3, check.exitCode(), check::toString);
        assertTrue(check.err().contains("re-inspection sample") || check.err().contains("复查抽样"), check.err());
    }

    private static int update(org.inspect.store.Database db, String sql) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
