package org.inspect.check;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hibernate.StatelessSession;
import org.hibernate.Transaction;
import org.inspect.check.internal.FindingEntity;
import org.inspect.model.Finding;
import org.inspect.model.Rule;
import org.inspect.store.Database;
import org.inspect.store.DatabaseSettings;
import org.inspect.testing.PostgresTestLocator;
import org.inspect.testing.TestDatabases;

/**
 * Measures how fast findings are written (issue 10: "plain JDBC where bulk speed needs it, measured"): the same
 * findings, in transactions of 1,000 like the check job's chunks, through (a) {@link FindingStore#replace}, the check
 * job's path (JDBC batches), with its deletes of the chunk's households (what makes a replayed chunk idempotent) and
 * without, and (b) Hibernate: a {@link StatelessSession} inserting {@link FindingEntity} with JDBC batching on
 * ({@link Database#statelessSession}), one by one and by {@code insertMultiple}. Prints rows per second
 * on the embedded HSQLDB, and on PostgreSQL when {@code INSPECT_TEST_POSTGRES_URL} names a server. Not a test: run it
 * by hand, {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * org.inspect.check.FindingWriteBenchmark [findings]} (default 100,000).
 */
public final class FindingWriteBenchmark {

    private static final int CHUNK = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private FindingWriteBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("finding-bench");
        try {
            try (Database db = Database.open(dir.resolve("hsqldb"))) {
                measure("HSQLDB", db, n);
            }
            String server = System.getenv(TestDatabases.URL_ENV);
            if (server != null && !server.isBlank()) {
                String url = PostgresTestLocator.create(server, "finding_bench_" + System.currentTimeMillis());
                try (Database db = Database.open(dir.resolve("pg"), new DatabaseSettings(url, null, null))) {
                    measure("PostgreSQL", db, n);
                }
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void measure(String name, Database db, int n) throws Exception {
        long snapshot = snapshot(db);
        CheckRunStore runs = new CheckRunStore(db);
        List<FindingStore.Subjected> findings = findings(n);
        List<String> paths = List.of("JDBC batch, the job's path (delete, insert)", "JDBC batch insert (no delete)",
                "Hibernate StatelessSession.insert", "Hibernate StatelessSession.insertMultiple");
        // a warm-up of each path first, then two measured passes, the second in reverse order: the table grows
        // with every pass, which would favour whichever path came first
        for (int pass = 0; pass < 3; pass++) {
            int rows = pass == 0 ? Math.min(n, 10_000) : n;
            List<FindingStore.Subjected> some = findings.subList(0, rows);
            for (int k = 0; k < paths.size(); k++) {
                int path = pass == 2 ? paths.size() - 1 - k : k;
                long run = runs.create(snapshot, "bench", LocalDate.now(), null, "");
                double seconds = time(() -> {
                    switch (path) {
                        case 0 -> jdbc(db, run, some, true);
                        case 1 -> jdbc(db, run, some, false);
                        default -> hibernate(db, run, some, path == 3);
                    }
                });
                report(name, pass, paths.get(path), rows, seconds);
            }
        }
    }

    private static void report(String db, int pass, String path, int rows, double seconds) {
        System.out.printf("%-10s %-10s %-44s %,9d findings in %6.2f s: %,9.0f rows/s%n", db,
                pass == 0 ? "warm-up" : "measured", path, rows, seconds, rows / seconds);
    }

    private interface Work {
        void run() throws Exception;
    }

    private static double time(Work w) throws Exception {
        long t0 = System.nanoTime();
        w.run();
        return (System.nanoTime() - t0) / 1e9;
    }

    /** The check job's writes: with {@code delete}, each chunk first deletes its households' findings. */
    private static void jdbc(Database db, long runId, List<FindingStore.Subjected> findings, boolean delete) {
        FindingStore store = new FindingStore(db);
        for (int i = 0; i < findings.size(); i += CHUNK) {
            List<FindingStore.Subjected> chunk = findings.subList(i, Math.min(findings.size(), i + CHUNK));
            store.replace(runId, delete ? chunk.stream().map(FindingStore.Subjected::subject).toList() : List.of(),
                    chunk);
        }
    }

    private static void hibernate(Database db, long runId, List<FindingStore.Subjected> findings, boolean multiple)
            throws Exception {
        for (int i = 0; i < findings.size(); i += CHUNK) {
            List<FindingEntity> chunk = new ArrayList<>();
            for (FindingStore.Subjected sf : findings.subList(i, Math.min(findings.size(), i + CHUNK))) {
                chunk.add(entity(runId, sf));
            }
            try (StatelessSession s = db.statelessSession()) {
                Transaction tx = s.beginTransaction();
                if (multiple) {
                    s.insertMultiple(chunk);
                } else {
                    chunk.forEach(s::insert);
                }
                tx.commit();
            }
        }
    }

    private static FindingEntity entity(long runId, FindingStore.Subjected sf) throws Exception {
        Finding f = sf.finding();
        FindingEntity e = new FindingEntity();
        e.checkRunId = runId;
        e.findingKey = FindingStore.key(f);
        e.subject = sf.subject();
        e.rule = f.rule().name();
        e.criterion = f.criterion() == null ? null : f.criterion().name();
        e.countyCode = f.countyCode();
        e.householdId = f.householdId();
        e.caseId = f.caseId();
        e.idNumber = f.idNumber();
        e.severity = f.severity().name();
        e.clause = f.clause();
        e.detail = f.detail();
        e.evidence = JSON.writeValueAsString(f.evidence());
        e.personNames = String.join("\n", new java.util.TreeSet<>(sf.names()));
        return e;
    }

    /** {@code n} findings of distinct households, with a sentence and evidence the size of real ones. */
    private static List<FindingStore.Subjected> findings(int n) {
        List<FindingStore.Subjected> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String household = "H" + (1_000_000 + i);
            Map<String, String> evidence = new LinkedHashMap<>();
            evidence.put("人均月收入", String.valueOf(300 + i % 500));
            evidence.put("低保标准", "780");
            evidence.put("家庭人口", String.valueOf(1 + i % 5));
            Finding f = Finding.of(Rule.values()[i % Rule.values().length], null, "3301" + (10 + i % 8), household,
                    "C" + (1_000_000 + i), "33010219800101" + String.format("%04d", i % 10_000),
                    "户主张某某家庭人均月收入" + (300 + i % 500) + "元，低于当地低保标准780元，但其子女赡养费未计入家庭收入。",
                    evidence);
            out.add(new FindingStore.Subjected(household, f, List.of("张三", "李四")));
        }
        return out;
    }

    /** A snapshot row for the check runs to refer to (the foreign key), written directly: the rolls do not matter. */
    private static long snapshot(Database db) throws Exception {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("INSERT INTO snapshot (label, "
                + "status, source_dir, created_at) VALUES ('bench', 'ACTIVE', '-', CURRENT_TIMESTAMP)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong("id");
            }
        }
    }
}
