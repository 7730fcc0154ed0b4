package org.inspect.rectification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.inspect.cli.Cli;
import org.inspect.report.PdfText;
import org.inspect.store.Database;
import org.inspect.testing.RollFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.inspect.testing.TestContexts;

/**
 * The whole path on real rolls: import March, check, issue the notices on the campaign's date (items opened),
 * answer two items as fixed, then import an April in which one of them is fixed, one still wrong and one
 * household gone, and reconcile: each outcome recorded, the false "已整改" flagged, --accept-fixed closing the
 * confirmed one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReconcileTest {

    @TempDir
    static Path dir;

    private Cli cli;
    private Item fixed;
    private Item present;
    private Item left;
    private Cli.Result reconcile;

    @BeforeAll
    void city() throws IOException {
        Path march = RollFixture.write(dir.resolve("2019-03"), 60);
        cli = new Cli(dir.resolve("data"));
        ok(cli.run("import", "--dir", march.toString(), "--snapshot", "2019-03", "--as-of", "2019-03-01"));
        ok(cli.run("check", "--all", "--as-of", "2019-03-01"));
        ok(cli.run("notices", "--run", "1", "--issue-date", "2019-03-20", "--days", "30", "--out",
                dir.resolve("notices").toString()));
        List<Item> items = withService(r -> r.store().items(null));
        // a household wrongly refused (April approves it) or wrongly included (April terminates it); another of
        // the same rule stays as it was; a third household leaves the rolls
        List<Item> missed = items.stream().filter(i -> i.rule().equals("MISSED_DIBAO")).toList();
        if (missed.size() < 2) {
            missed = items.stream().filter(i -> i.rule().equals("IMPROPER_INCLUSION")).toList();
        }
        assertTrue(missed.size() >= 2, () -> "the fixture's rules: " + items.stream().map(Item::rule).toList());
        fixed = missed.get(0);
        present = missed.get(1);
        left = items.stream().filter(i -> !Set.of(fixed.householdId(), present.householdId())
                .contains(i.householdId())).findFirst().orElseThrow();
        withService(r -> {
            r.as(TestContexts.named("县民政局")).respond(fixed.id(), "已重新审批纳入低保", Outcome.CLAIMED_FIXED, List.of());
            r.as(TestContexts.named("县民政局")).respond(present.id(), "已纳入低保", Outcome.CLAIMED_FIXED, List.of());
            return null;
        });
        Path april = april(march, dir.resolve("2019-04"));
        ok(cli.run("import", "--dir", april.toString(), "--snapshot", "2019-04", "--as-of", "2019-04-01"));
        reconcile = cli.run("rectify", "reconcile", "--snapshot", "2019-04", "--as-of", "2019-04-01",
                "--accept-fixed");
        ok(reconcile);
    }

    /** April: the fixed household's refused case approved, the leaving household's rows gone, the rest as March. */
    private Path april(Path march, Path april) throws IOException {
        Files.createDirectories(april);
        try (Stream<Path> files = Files.list(march)) {
            for (Path f : files.toList()) {
                List<String> out = new ArrayList<>();
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (line.startsWith(left.householdId() + ",") || line.contains("," + left.householdId() + ",")) {
                        continue;
                    }
                    if (f.getFileName().toString().equals("cases.csv") && line.contains("," + fixed.householdId() + ",")) {
                        line = fixed.rule().equals("MISSED_DIBAO")
                                ? line.replace("REJECTED", "APPROVED").replace("家庭人均收入超过低保标准", "")
                                : line.replace("APPROVED", "TERMINATED");
                    }
                    out.add(line);
                }
                Files.write(april.resolve(f.getFileName()), out, StandardCharsets.UTF_8);
            }
        }
        return april;
    }

    private <T> T withService(java.util.function.Function<Rectification, T> work) {
        try (Database db = Database.open(dir.resolve("data"))) {
            return work.apply(new Rectification(db, TestContexts.at("2019-03-30T01:00:00Z")));
        }
    }

    private static void ok(Cli.Result r) {
        assertEquals(0, r.exitCode(), r::toString);
    }

    private Event lastReconcile(Rectification r, Item i) {
        List<Event> events = r.store().events(i.id()).stream().filter(e -> e.action() == Action.RECONCILE).toList();
        assertEquals(1, events.size(), "one reconcile event on item " + i.id());
        return events.get(0);
    }

    @Test
    void datesTheNoticesAndItemsFromTheCampaignNotTheClock() throws IOException {
        assertEquals(LocalDate.of(2019, 3, 20), fixed.issuedOn());
        assertEquals(LocalDate.of(2019, 4, 19), fixed.deadline());
        try (Stream<Path> s = Files.list(dir.resolve("notices"))) {
            Path one = s.filter(p -> p.toString().endsWith(".pdf") && !p.toString().contains("combined")).findFirst()
                    .orElseThrow();
            String text = PdfText.text(one);
            assertTrue(text.contains("2019年3月20日"), text);
            assertTrue(text.contains("2019年4月19日"), text);
            assertFalse(text.contains("2026年"), text);
        }
    }

    @Test
    void recordsAFixTheRollsShowWithTheCasesAsEvidence() {
        withService(r -> {
            Event e = lastReconcile(r, fixed);
            assertEquals(Outcome.FIXED, e.outcome());
            assertTrue(e.note().startsWith("2019-04 名册：问题已消除"), e.note());
            assertTrue(e.note().contains(fixed.rule().equals("MISSED_DIBAO") ? "低保 批准" : "停保"), e.note());
            assertFalse(e.note().matches("(?s).*(APPROVED|TERMINATED|DIBAO|TEKUN).*"), "codes in words: " + e.note());
            return null;
        });
    }

    @Test
    void recordsAProblemStillThereAndFlagsTheResponseThatClaimedAFix() {
        withService(r -> {
            Event e = lastReconcile(r, present);
            assertEquals(Outcome.PRESENT, e.outcome());
            assertTrue(e.note().contains("问题仍存在"), e.note());
            Rectification.Row row = r.list(new Rectification.Filter(null, null, false, LocalDate.of(2019, 4, 1)))
                    .stream().filter(x -> x.item().id() == present.id()).findFirst().orElseThrow();
            assertTrue(row.contradicted());
            assertEquals(State.RESPONDED, row.item().state(), "a contradicted response is not closed");
            return null;
        });
        assertTrue(reconcile.out().contains(String.valueOf(present.id())), reconcile::toString);
    }

    @Test
    void recordsAHouseholdThatLeftTheRolls() {
        withService(r -> {
            assertEquals(Outcome.LEFT, lastReconcile(r, left).outcome());
            assertEquals(State.ISSUED, r.store().item(left.id()).state());
            return null;
        });
    }

    @Test
    void readsTheOpenItemsHistoriesAtOnceAsItWouldOneByOne() {
        withService(r -> {
            java.util.Map<Long, List<Event>> open = r.store().eventsOfOpenItems();
            for (Item i : r.store().items(null)) {
                assertEquals(i.state().open() ? r.store().events(i.id()) : null, open.get(i.id()), i::toString);
            }
            assertTrue(open.containsKey(present.id()) && !open.containsKey(fixed.id()), open.keySet()::toString);
            return null;
        });
    }

    @Test
    void acceptFixedClosesOnlyTheRespondedItemsTheRollsConfirm() {
        withService(r -> {
            assertEquals(State.CLOSED, r.store().item(fixed.id()).state());
            assertEquals(State.RESPONDED, r.store().item(present.id()).state());
            assertTrue(r.audit().clean(), () -> r.audit().problems().toString());
            return null;
        });
    }
}
