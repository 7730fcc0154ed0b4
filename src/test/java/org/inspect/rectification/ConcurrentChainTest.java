package org.inspect.rectification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.inspect.store.Database;
import org.inspect.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several people acting at once on different items all succeed: every item shares the one chain head, and the
 * transactions take turns on it instead of writing the same sequence number; a reconcile recorded beside them keeps
 * each of its observations exactly once.
 */
class ConcurrentChainTest {

    private static final int THREADS = 6;

    @TempDir
    Path dir;

    private Database db;
    private Rectification r;
    private List<Item> items;

    @BeforeEach
    void items() {
        db = Database.open(dir.resolve("data"));
        r = new Rectification(db, TestContexts.at("2019-04-02T08:30:00Z"));
        List<Rectification.NewItem> news = new ArrayList<>();
        for (int i = 1; i <= 4 * THREADS; i++) {
            news.add(Items.missedDibao("370902", "H-" + i, i));
        }
        items = r.open(news);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** Runs each task on its own thread, all released at once; returns what they threw. */
    private static List<Throwable> together(List<Runnable> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentLinkedQueue<Throwable> failed = new ConcurrentLinkedQueue<>();
        List<Future<?>> running = new ArrayList<>();
        for (Runnable t : tasks) {
            running.add(pool.submit(() -> {
                try {
                    start.await();
                    t.run();
                } catch (Throwable e) {
                    failed.add(e);
                }
            }));
        }
        start.countDown();
        for (Future<?> f : running) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        return new ArrayList<>(failed);
    }

    @Test
    void peopleActingOnDifferentItemsAtOnceAllSucceed() throws Exception {
        List<Runnable> tasks = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int first = t;
            tasks.add(() -> {
                Rectification county = r.as(TestContexts.named("县民政局" + first));
                for (int i = first; i < items.size(); i += THREADS) {
                    county.respond(items.get(i).id(), "已整改", Outcome.CLAIMED_FIXED, List.of());
                }
            });
        }
        List<Throwable> failed = together(tasks);
        assertEquals(List.of(), failed.stream().map(Throwable::toString).toList());
        items.forEach(i -> assertEquals(State.RESPONDED, r.store().item(i.id()).state()));
        Audit.Report audit = r.audit();
        assertTrue(audit.clean(), audit.problems()::toString);
        assertEquals(2L * items.size(), audit.events());
    }

    @Test
    void aReconcileBesideActionsRecordsEachObservationOnce() throws Exception {
        List<Rectification.Observation> seen = items.stream()
                .map(i -> new Rectification.Observation(i.id(), Outcome.PRESENT, "2019-04 名册：问题仍存在")).toList();
        List<Runnable> tasks = new ArrayList<>();
        tasks.add(() -> r.recordAll(seen, List.of(), "-"));
        for (int t = 0; t < THREADS - 1; t++) {
            Item item = items.get(t);
            tasks.add(() -> r.as(TestContexts.named("县民政局")).respond(item.id(), "已整改", Outcome.CLAIMED_FIXED,
                    List.of()));
        }
        List<Throwable> failed = together(tasks);
        assertEquals(List.of(), failed.stream().map(Throwable::toString).toList());
        for (Item i : items) {
            long reconciled = r.store().events(i.id()).stream().filter(e -> e.action() == Action.RECONCILE).count();
            assertEquals(1, reconciled, "observations of item " + i.id());
        }
        Audit.Report audit = r.audit();
        assertTrue(audit.clean(), audit.problems()::toString);
    }

    @Test
    void theFirstEventsOfANewHistoryAtOnceAllSucceed() throws Exception {
        try (Database fresh = Database.open(dir.resolve("fresh"))) {
            Rectification empty = new Rectification(fresh, TestContexts.now());
            List<Runnable> tasks = new ArrayList<>();
            for (int t = 1; t <= THREADS; t++) {
                Rectification.NewItem item = Items.missedDibao("370902", "N-" + t, t);
                tasks.add(() -> empty.open(List.of(item)));
            }
            assertEquals(List.of(), together(tasks).stream().map(Throwable::toString).toList());
            Audit.Report audit = empty.audit();
            assertTrue(audit.clean(), audit.problems()::toString);
            assertEquals(THREADS, audit.events());
        }
    }

    @Test
    void aReconcileThatFailsKeepsNothing() {
        List<Rectification.Observation> seen = new ArrayList<>(items.stream()
                .map(i -> new Rectification.Observation(i.id(), Outcome.PRESENT, "2019-04 名册：问题仍存在")).toList());
        seen.add(new Rectification.Observation(99_999, Outcome.PRESENT, "no such item"));
        try {
            r.recordAll(seen, List.of(), "-");
        } catch (RuntimeException expected) {
            // the item is not found
        }
        assertEquals(items.size(), r.audit().events());
    }
}
