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
    public enum Kind { CHANGED, REMOVED, INSERTED, BROKEN, ILLEGAL, STATE, EVIDENCE_MISSING, EVIDENCE_ALTERED }

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

    private final RectificationStore store;
    private final EvidenceVault vault;

    Audit(RectificationStore store, EvidenceVault vault) {
        this.store = store;
        this.vault = vault;
    }

    Report run() {
        List<Problem> problems = new ArrayList<>();
        Map<Long, State> replay = new HashMap<>();
        Map<String, Boolean> evidence = new java.util.LinkedHashMap<>();
        RectificationStore.RawEvent[] window = new RectificationStore.RawEvent[2];
        long[] count = {0};
        store.forEachRawEvent(e -> {
            count[0]++;
            chain(e, window[0], window[1], problems);
            replay(e, replay, problems);
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
        }
        return new Report(count[0], items.size(), evidence.size(), problems);
    }

    /** Checks the event's own hash and its link to the one before ({@code prev}, and {@code prev2} before that). */
    private static void chain(RectificationStore.RawEvent e, RectificationStore.RawEvent prev,
            RectificationStore.RawEvent prev2, List<Problem> problems) {
        String own = HashChain.hash(e.prevHash(), e.seq(), e.itemId(), e.at(), e.actor(), e.action(), e.from(), e.to(),
                e.outcome(), e.note(), e.evidence());
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
