package org.inspect.report.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.inspect.check.FindingService;
import org.inspect.error.ConflictException;
import org.inspect.error.InspectException;
import org.inspect.rectification.Action;
import org.inspect.rectification.Item;
import org.inspect.rectification.Outcome;
import org.inspect.rectification.Rectification;
import org.inspect.rectification.RectificationStore;
import org.inspect.rectification.State;
import org.inspect.report.DocumentService;
import org.inspect.report.Lang;
import org.inspect.report.RegisterStore;
import org.inspect.store.Database;
import org.inspect.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 24, point 1: notices meeting an action that holds the event chain wait for it and are issued whole; when
 * opening their items fails, nothing is kept (no notice, no register row, no file), and the numbers are not used up.
 */
class NoticeClashTest {

    private StoredCity city;
    private Database db;
    private Path out;

    @BeforeEach
    void aProblemNoNoticeNamesYet() {
        city = StoredCity.get();
        db = Database.open(city.dir.resolve("data"));
        // the city's dismissed finding, confirmed after all: the next notices name it in a supplementary notice
        new FindingService(db, TestContexts.now().clock()).confirm(city.dismissedFinding,
                org.inspect.context.Actor.operator("督查组"), "复核属实");
        out = city.dir.resolve("more-notices");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private NoticeIssuer.Result issue() {
        CampaignSettings settings = CampaignSettings.on(org.inspect.testing.TestSettings.PROJECT, java.time.LocalDate.of(2019, 3, 15));
        LocalDate deadline = settings.campaign().issueDate().plusDays(StoredCity.NOTICE_DAYS);
        return new DocumentService(db, TestContexts.at("2019-03-15T01:00:00Z"), org.inspect.testing.TestSettings.PROJECT).notices(city.allRun, deadline, settings, out, Lang.ZH,
                false);
    }

    private List<Path> files() throws IOException {
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(p -> !p.getFileName().toString().equals("manifest.sha256")).toList();
        }
    }

    @Test
    void noticesWaitForAnActionHoldingTheChainAndAreIssuedWhole() throws Exception {
        Rectification r = new Rectification(db, TestContexts.now());
        Item other = r.store().items(null).get(0);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> action = CompletableFuture.runAsync(() -> r.store().inTransaction(tx -> {
            tx.append(tx.item(other.id()), new RectificationStore.Draft(Action.RESPOND, State.RESPONDED,
                    Outcome.CLAIMED_FIXED, "已整改", List.of(), "县民政局", java.time.LocalDateTime.now()));
            holding.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertTrue(holding.await(30, TimeUnit.SECONDS));
        int before = NoticeIssuer.recorded(db, city.allRun).size();
        CompletableFuture<NoticeIssuer.Result> notices = CompletableFuture.supplyAsync(this::issue);
        // the action holds on until the notices have recorded something (they must not, while it holds the chain)
        // or three seconds have passed, and a moment longer, so that the notices meet it whatever their pace
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        while (System.nanoTime() < until && NoticeIssuer.recorded(db, city.allRun).size() == before) {
            Thread.sleep(50);
        }
        Thread.sleep(300);
        release.countDown();
        action.get(30, TimeUnit.SECONDS);
        NoticeIssuer.Result result = notices.get(60, TimeUnit.SECONDS);

        assertEquals(1, result.notices().size(), result::toString);
        assertEquals(1, result.notices().get(0).items());
        assertEquals(1, r.store().itemsOfFinding(city.dismissedFinding).size(), "its item is opened");
        assertTrue(r.audit().clean(), r.audit().problems()::toString);
        assertEquals(result.files().size(), files().size(), "every file in place, no staging folder left");
    }

    @Test
    void noticesWhoseItemsCannotBeOpenedLeaveNothingBehind() throws Exception {
        RegisterStore register = new RegisterStore(db);
        int registered = register.all().size();
        long notices = NoticeIssuer.recorded(db, city.allRun).size();
        long next = new RectificationStore(db).head().lastSeq() + 1;
        // what a writer that did not take turns on the chain left: an event where the next one is to go
        sql("INSERT INTO rect_event (seq, item_id, event_at, actor, action, from_state, to_state, prev_hash, hash) "
                + "SELECT " + next + ", MIN(id), CURRENT_TIMESTAMP, 'x', 'CONFIRM', 'CLOSED', 'CLOSED', '-', '-' "
                + "FROM rect_item");

        InspectException refused = assertThrows(ConflictException.class, this::issue);
        assertFalse(refused.getMessage().toLowerCase().contains("insert into"), refused.getMessage());
        assertEquals(notices, NoticeIssuer.recorded(db, city.allRun).size(), "no notice recorded");
        assertEquals(registered, register.all().size(), "nothing registered");
        assertEquals(List.of(), files(), "no file written");
        assertEquals(0, new RectificationStore(db).itemsOfFinding(city.dismissedFinding).size());

        sql("DELETE FROM rect_event WHERE seq = " + next);
        NoticeIssuer.Result again = issue();
        assertEquals(1, again.notices().size());
        assertEquals(notices + 1, NoticeIssuer.recorded(db, city.allRun).size());
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = db.connection(); Statement st = c.createStatement()) {
            st.executeUpdate(statement);
        }
    }
}
