package org.inspect.report.data;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.hibernate.Session;
import org.inspect.rectification.RectificationStore;
import org.inspect.report.RegisterStore;
import org.inspect.report.internal.NoticeEntity;
import org.inspect.report.internal.NoticeItemEntity;
import org.inspect.store.Database;
import org.inspect.store.Sessions;

/**
 * The report feature's notices (schema 5: {@code notice}, {@code notice_item}; entities in {@code report/internal}):
 * what {@link NoticeIssuer} records when it issues and reads back. A notice's row is never updated; the writes that
 * go with an issue share one transaction with the register ({@link #issue}).
 */
final class NoticeStore {

    private final Database db;

    NoticeStore(Database db) {
        this.db = db;
    }

    /** A recorded notice as a correction needs it: its id, check run, county and deadline. */
    record Notice(long id, long checkRunId, String countyCode, LocalDate deadline) {
    }

    /** The newest notice numbered {@code number}, if any. */
    Optional<Notice> byNumber(String number) {
        return Sessions.fromTransaction(db, s -> s.createSelectionQuery("from NoticeEntity n where n.number = :number "
                + "order by n.id desc", NoticeEntity.class).setParameter("number", number).setMaxResults(1)
                .getResultList()).stream().map(n -> new Notice(n.id, n.checkRunId, n.countyCode, n.deadline))
                .findFirst();
    }

    /** The ids of the findings a notice lists, in id order. */
    List<Long> findingIds(long noticeId) {
        return Sessions.fromTransaction(db, s -> s.createSelectionQuery("select i.findingId from NoticeItemEntity i "
                + "where i.noticeId = :notice order by i.findingId", Long.class).setParameter("notice", noticeId)
                .getResultList());
    }

    /** The notices recorded for a check run, in number order, each with the number of its items. */
    List<NoticeIssuer.Issued> ofRun(long checkRunId) {
        return Sessions.fromTransaction(db, s -> s.createSelectionQuery("select n.id, n.countyCode, n.number, "
                + "n.fileName, (select count(i) from NoticeItemEntity i where i.noticeId = n.id) from NoticeEntity n "
                + "where n.checkRunId = :run order by n.seq", Object[].class).setParameter("run", checkRunId)
                .getResultList()).stream().map(r -> new NoticeIssuer.Issued((Long) r[0], (String) r[1],
                        (String) r[2], Path.of((String) r[3]), ((Number) r[4]).intValue())).toList();
    }

    /** The highest sequence number issued with a number pattern, empty when none was. */
    Optional<Integer> maxSeq(String pattern) {
        return Optional.ofNullable(Sessions.fromTransaction(db, s -> s.createSelectionQuery("select max(n.seq) "
                + "from NoticeEntity n where n.numberPattern = :pattern", Integer.class)
                .setParameter("pattern", pattern).getSingleResult()));
    }

    /** County code → the number of its last notice (of any run), in issue order. */
    Map<String, String> lastNumberByCounty() {
        Map<String, String> out = new HashMap<>();
        Sessions.fromTransaction(db, s -> s.createSelectionQuery("select n.countyCode, n.number from NoticeEntity n "
                + "order by n.id", Object[].class).getResultList()).forEach(r -> out.put((String) r[0], (String) r[1]));
        return out;
    }

    /** What issuing notices writes, in one transaction: the notices, the findings they list, the register. */
    interface Issue {

        /** Records a notice just issued and returns its id. */
        long insert(long runId, String county, String number, String pattern, int seq, LocalDate deadline, Staged file,
                RegisterStore.Kind kind, String refersTo);

        /** Adds the findings not yet on the notice with {@code status}; others keep theirs. */
        void addItems(long noticeId, List<Long> findingIds, String status);

        /** Registers a document issued with the notices. */
        void register(RegisterStore.New document);

        /** The rectification history in the same transaction, to open the notices' items. */
        RectificationStore.Tx chain();
    }

    /**
     * Runs {@code work} in one transaction: everything it records (the notices, the register, the items they open)
     * is committed together, or nothing. The transaction takes the chain's lock first, before anything is written,
     * so that an action being recorded at the same moment makes it wait briefly, or refuses it with nothing kept.
     * {@code issuedAt}: the issuer's moment by its context's clock (the campaign's day), never the computer's.
     */
    void issue(LocalDateTime issuedAt, Consumer<Issue> work) {
        RectificationStore chain = new RectificationStore(db);
        Sessions.inTransaction(db, s -> chain.joined(s, tx -> work.accept(new SessionIssue(s, tx, issuedAt))));
    }

    private record SessionIssue(Session s, RectificationStore.Tx chain, LocalDateTime issuedAt, Set<Long> fresh)
            implements Issue {

        SessionIssue(Session s, RectificationStore.Tx chain, LocalDateTime issuedAt) {
            this(s, chain, issuedAt, new java.util.HashSet<>());
        }

        @Override
        public long insert(long runId, String county, String number, String pattern, int seq, LocalDate deadline,
                Staged file, RegisterStore.Kind kind, String refersTo) {
            NoticeEntity n = new NoticeEntity();
            n.number = number;
            n.numberPattern = pattern;
            n.seq = seq;
            n.deadline = deadline;
            n.issuedAt = issuedAt;
            n.fileName = file.target().toAbsolutePath().toString();
            n.fileSha256 = org.inspect.report.Manifest.sha256(file.content());
            n.checkRunId = runId;
            n.countyCode = county;
            n.kind = kind.name();
            n.refersTo = refersTo;
            s.persist(n);
            fresh.add(n.id);
            return n.id;
        }

        @Override
        public void addItems(long noticeId, List<Long> findingIds, String status) {
            List<NoticeItemEntity> added = new java.util.ArrayList<>();
            // a notice written in this transaction has no items yet: no need to ask the database for each one
            boolean isNew = fresh.contains(noticeId);
            for (long f : findingIds) {
                if (isNew || s.find(NoticeItemEntity.class, new NoticeItemEntity.Key(noticeId, f)) == null) {
                    NoticeItemEntity i = new NoticeItemEntity();
                    i.noticeId = noticeId;
                    i.findingId = f;
                    i.status = status;
                    s.persist(i);
                    added.add(i);
                }
            }
            s.flush();
            // Written, and not changed later in the transaction: let them go, or every later flush of the notice's
            // transaction (one per rectification event it appends) checks them all again, which made issuing a
            // notice grow with the square of its findings (issue 25: 65 s of notices at 100,000 households).
            added.forEach(s::detach);
        }

        @Override
        public void register(RegisterStore.New document) {
            s.doWork(c -> RegisterStore.insert(c, document, chain));
        }
    }

    /** Deletes the notices of a check run and their items, in one transaction. */
    void deleteOfRun(long checkRunId) {
        Sessions.inTransaction(db, s -> {
            s.createMutationQuery("delete from NoticeItemEntity i where i.noticeId in (select n.id from NoticeEntity n "
                    + "where n.checkRunId = :run)").setParameter("run", checkRunId).executeUpdate();
            s.createMutationQuery("delete from NoticeEntity n where n.checkRunId = :run")
                    .setParameter("run", checkRunId).executeUpdate();
        });
    }
}
