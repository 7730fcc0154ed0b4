package org.inspect.rectification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inspect.rectification.internal.EvidenceVault;
import org.inspect.rectification.internal.HashChain;

/**
 * Proves the rectification history: recomputes every event's hash and its link to the event before it (an event
 * changed, removed or inserted shows), compares the chain's end with the head row (the newest event removed or one
 * appended behind the store's back), replays each item's events against its stored state, and hashes each kept
 * evidence file again.
 */
public final class Audit {

    /** What kind of difference the audit found. */
    public enum Kind {
        CHANGED, REMOVED, INSERTED, BROKEN, ILLEGAL, STATE, EVIDENCE_MISSING, EVIDENCE_ALTERED,
        /** An item's fixed fields (county, deadline, masked detail, ...) differ from what its ISSUE event hashed. */
        ITEM_CHANGED,
        /** A finding's verdict that no VERDICT event of its problem records, or a VERDICT event no finding shows. */
        VERDICT,
        /** A signed checkpoint that does not verify, or whose event the chain no longer holds as it was. */
        ANCHOR
    }

    /**
     * One difference: its kind, the event's sequence number (or the item's id for STATE), and the details
     * (for REMOVED the missing range, for STATE the stored and replayed states, for evidence the hash).
     */
    public record Problem(Kind kind, long ref, String detail) {
    }

    /** The audit's result: the events and items checked, the evidence files checked, and every difference. */
    public record Report(long events, long items, int evidenceFiles, List<Problem> problems) {

        public boolean clean() {
            return problems.isEmpty();
        }
    }

    /** A finding's verdict as stored, to compare with the VERDICT events of its problem. */
    public record Verdict(long findingId, String findingKey, String verdict, String by, java.time.LocalDateTime at,
            String reason) {

        /** The SHA-256 a VERDICT event keeps of it. */
        public String hash() {
            return RectificationStore.attestation(findingKey, verdict, by,
                    at == null ? null : at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS), reason);
        }
    }

    /** Where the audit reads the findings' verdicts (the check feature's store). */
    @FunctionalInterface
    public interface VerdictSource {
        void forEach(java.util.function.Consumer<Verdict> sink);
    }

    private final RectificationStore store;
    private final EvidenceVault vault;
    private final VerdictSource verdictSource;

    Audit(RectificationStore store, EvidenceVault vault, VerdictSource verdictSource) {
        this.store = store;
        this.vault = vault;
        this.verdictSource = verdictSource;
    }

    /**
     * The VERDICT events of the chain against the findings' verdicts. Every verdict given since the chain began to
     * cover verdicts (its first attesting event, schema 21) must be one a VERDICT event of its problem hashed; the
     * latest VERDICT event of each problem must be shown by at least one of its findings (a verdict is carried to
     * later runs, and earlier runs keep the one they had), unless none is left (a deleted check run). Verdicts older
     * than the coverage are not checked.
     */
    private static final class Verdicts {
        private final Map<String, java.util.Set<String>> hashes = new HashMap<>();
        private final Map<String, RectificationStore.RawEvent> latest = new HashMap<>();
        private String coveredSince;

        void event(RectificationStore.RawEvent e) {
            if (!"VERDICT".equals(e.action()) || e.subject() == null) {
                return;
            }
            if (coveredSince == null) {
                coveredSince = e.at();
            }
            hashes.computeIfAbsent(e.subject(), k -> new java.util.HashSet<>()).add(e.subjectHash());
            latest.put(e.subject(), e);
        }

        void check(VerdictSource source, List<Problem> problems) {
            java.util.Set<String> shown = new java.util.HashSet<>();
            java.util.Set<String> keys = new java.util.HashSet<>();
            source.forEach(v -> {
                String h = v.hash();
                keys.add(v.findingKey());
                shown.add(v.findingKey() + "\u001f" + h);
                boolean covered = coveredSince != null && v.at() != null
                        && !v.at().isBefore(java.time.LocalDateTime.parse(coveredSince));
                if (covered && !hashes.getOrDefault(v.findingKey(), java.util.Set.of()).contains(h)) {
                    problems.add(new Problem(Kind.VERDICT, v.findingId(), v.verdict() + " " + v.by()));
                }
            });
            latest.forEach((key, e) -> {
                // a problem whose findings are all gone (their check runs deleted) has nothing left to compare
                if (keys.contains(key) && !shown.contains(key + "\u001f" + e.subjectHash())) {
                    problems.add(new Problem(Kind.VERDICT, e.seq(), e.to() + " " + e.actor()));
                }
            });
        }
    }

    Report run() {
        List<Problem> problems = new ArrayList<>();
        Map<Long, State> replay = new HashMap<>();
        Map<String, Boolean> evidence = new java.util.LinkedHashMap<>();
        RectificationStore.RawEvent[] window = new RectificationStore.RawEvent[2];
        long[] count = {0};
        Map<Long, String> issued = new HashMap<>();
        Verdicts verdicts = new Verdicts();
        store.forEachRawEvent(e -> {
            count[0]++;
            chain(e, window[0], window[1], problems);
            if (e.itemId() != null) {
                replay(e, replay, problems);
                if (Action.ISSUE.name().equals(e.action()) && e.subjectHash() != null) {
                    issued.put(e.itemId(), e.subjectHash());
                }
            } else {
                verdicts.event(e);
            }
            for (Evidence x : RectificationStore.decode(e.evidence())) {
                if (evidence.putIfAbsent(x.sha256(), true) == null) {
                    EvidenceVault.Status s = vault.check(x.sha256());
                    if (s != EvidenceVault.Status.OK) {
                        problems.add(new Problem(s == EvidenceVault.Status.MISSING ? Kind.EVIDENCE_MISSING
                                : Kind.EVIDENCE_ALTERED, e.seq(), x.sha256() + " " + x.name()));
                    }
                }
            }
            window[1] = window[0];
            window[0] = e;
        });
        head(window[0], problems);
        List<Item> items = store.items(null);
        for (Item i : items) {
            State replayed = replay.get(i.id());
            if (replayed != i.state()) {
                problems.add(new Problem(Kind.STATE, i.id(), i.state() + " " + (replayed == null ? "-" : replayed)));
            }
            String fixed = issued.get(i.id());
            if (fixed != null && !fixed.equals(RectificationStore.fixedFields(i))) {
                problems.add(new Problem(Kind.ITEM_CHANGED, i.id(), i.noticeNumber() + " #" + i.itemNo()));
            }
        }
        verdicts.check(verdictSource, problems);
        return new Report(count[0], items.size(), evidence.size(), problems);
    }

    /** Checks the event's own hash and its link to the one before ({@code prev}, and {@code prev2} before that). */
    private static void chain(RectificationStore.RawEvent e, RectificationStore.RawEvent prev,
            RectificationStore.RawEvent prev2, List<Problem> problems) {
        String own = HashChain.hash(e.prevHash(), e.seq(), e.itemId(), e.at(), e.actor(), e.action(), e.from(), e.to(),
                e.outcome(), e.note(), e.evidence(), e.subject(), e.subjectHash());
        if (!own.equals(e.hash())) {
            problems.add(new Problem(Kind.CHANGED, e.seq(), ""));
        }
        String expected = prev == null ? HashChain.GENESIS : prev.hash();
        if (e.prevHash().equals(expected)) {
            return;
        }
        String beforePrev = prev2 == null ? HashChain.GENESIS : prev2.hash();
        long prevSeq = prev == null ? 0 : prev.seq();
        if (prev != null && e.prevHash().equals(beforePrev)) {
            problems.add(new Problem(Kind.INSERTED, prev.seq(), ""));
        } else if (e.seq() > prevSeq + 1) {
            problems.add(new Problem(Kind.REMOVED, e.seq(), (prevSeq + 1) + "-" + (e.seq() - 1)));
        } else {
            problems.add(new Problem(Kind.BROKEN, e.seq(), ""));
        }
    }

    /** The chain must end where the head row says: a removed newest event or one appended behind it shows. */
    private void head(RectificationStore.RawEvent last, List<Problem> problems) {
        RectificationStore.Head head = store.head();
        long lastSeq = last == null ? 0 : last.seq();
        if (lastSeq < head.lastSeq()) {
            problems.add(new Problem(Kind.REMOVED, head.lastSeq(), (lastSeq + 1) + "-" + head.lastSeq()));
        } else if (lastSeq > head.lastSeq()) {
            problems.add(new Problem(Kind.INSERTED, lastSeq, (head.lastSeq() + 1) + "-" + lastSeq));
        } else if (last != null && !last.hash().equals(head.lastHash())) {
            problems.add(new Problem(Kind.CHANGED, lastSeq, ""));
        }
    }

    /** Replays the event on its item: its from-state must be the item's state so far and the step a legal one. */
    private static void replay(RectificationStore.RawEvent e, Map<Long, State> replay, List<Problem> problems) {
        State before = replay.get(e.itemId());
        State from = e.from() == null ? null : State.parse(e.from());
        State to = State.parse(e.to());
        Action action;
        try {
            action = Action.valueOf(e.action());
        } catch (IllegalArgumentException ex) {
            action = null;
        }
        if (before != from || action == null || to == null || action.target(from) != to) {
            problems.add(new Problem(Kind.ILLEGAL, e.seq(), e.itemId() + " " + (before == null ? "-" : before) + " "
                    + e.action() + " " + e.from() + "->" + e.to()));
        }
        replay.put(e.itemId(), to);
    }
}
