package org.inspect.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hibernate.ScrollMode;
import org.hibernate.ScrollableResults;
import org.hibernate.StatelessSession;
import org.inspect.model.Household;
import org.inspect.model.HouseholdFile;
import org.inspect.model.Inspector;
import org.inspect.model.RegisteredPoorPerson;
import org.inspect.model.Standard;
import org.inspect.model.Standards;
import org.inspect.store.internal.AssetEntity;
import org.inspect.store.internal.CaseEntity;
import org.inspect.store.internal.DeductionEntity;
import org.inspect.store.internal.HouseholdEntity;
import org.inspect.store.internal.IncomeEntity;
import org.inspect.store.internal.InspectorEntity;
import org.inspect.store.internal.MemberEntity;
import org.inspect.store.internal.ObligorEntity;
import org.inspect.store.internal.RegisteredPoorEntity;
import org.inspect.store.internal.StandardEntity;

/**
 * Streams a snapshot's rolls without holding them: {@link #households} merges one ordered cursor per table
 * (all sorted by household id) into one {@link HouseholdFile} at a time, for a county or for all.
 */
public final class RollReader {

    private final Database db;
    private final long snapshotId;

    public RollReader(Database db, long snapshotId) {
        this.db = db;
        this.snapshotId = snapshotId;
    }

    /** The county codes that have households in the snapshot, sorted. */
    public List<String> counties() {
        try (StatelessSession s = db.statelessSession()) {
            return s.createSelectionQuery("select distinct h.countyCode from HouseholdEntity h where h.snapshotId = :s "
                    + "order by h.countyCode", String.class).setParameter("s", snapshotId).getResultList();
        }
    }

    /** The snapshot's effective standards (shipped defaults overridden by the imported file). */
    public Standards standards() {
        try (StatelessSession s = db.statelessSession()) {
            List<Standard> rows = s.createSelectionQuery("from StandardEntity e where e.snapshotId = :s",
                    StandardEntity.class).setParameter("s", snapshotId).getResultList()
                    .stream().map(StandardEntity::toModel).toList();
            return new Standards(rows);
        }
    }

    /** The inspector pool, in inspector-id order. */
    public List<Inspector> inspectors() {
        try (StatelessSession s = db.statelessSession()) {
            return s.createSelectionQuery("from InspectorEntity e where e.snapshotId = :s order by e.inspectorId",
                    InspectorEntity.class).setParameter("s", snapshotId).getResultList()
                    .stream().map(InspectorEntity::toModel).toList();
        }
    }

    /** Streams the registered-poor roll ordered by poor household id, then id number. */
    public void registeredPoor(Consumer<RegisteredPoorPerson> sink) {
        try (StatelessSession s = db.statelessSession();
                ScrollableResults<RegisteredPoorEntity> rs = s.createSelectionQuery(
                        "from RegisteredPoorEntity e where e.snapshotId = :s order by e.poorHouseholdId, e.idNumber",
                        RegisteredPoorEntity.class).setParameter("s", snapshotId).setFetchSize(1000)
                        .scroll(ScrollMode.FORWARD_ONLY)) {
            while (rs.next()) {
                sink.accept(rs.get().toModel());
            }
        }
    }

    /**
     * Streams every household of the county ({@code null} for all counties) with everything loaded for it, in
     * household-id order.
     */
    public void households(String countyCode, Consumer<HouseholdFile> sink) {
        try (HouseholdCursor c = openHouseholds(countyCode, null)) {
            while (c.hasNext()) {
                sink.accept(c.next());
            }
        }
    }

    /**
     * Opens a cursor over the households of the county ({@code null}: all) whose id is greater than
     * {@code after} ({@code null}: from the start), in household-id order; a restarted batch step resumes so.
     */
    public HouseholdCursor openHouseholds(String countyCode, String after) {
        return new HouseholdCursor(db.statelessSession(), countyCode, after);
    }

    /** A forward-only cursor of {@link HouseholdFile}s; one query per table, merged on household id. */
    public final class HouseholdCursor implements java.util.Iterator<HouseholdFile>, AutoCloseable {
        private final StatelessSession s;
        private final String countyCode;
        private final String after;
        private final Cursor<HouseholdEntity> hh;
        private final Cursor<MemberEntity> mm;
        private final Cursor<IncomeEntity> ii;
        private final Cursor<DeductionEntity> dd;
        private final Cursor<AssetEntity> aa;
        private final Cursor<ObligorEntity> oo;
        private final Cursor<CaseEntity> cc;
        private final Cursor<Object[]> rp;

        HouseholdCursor(StatelessSession s, String countyCode, String after) {
            this.s = s;
            this.countyCode = countyCode;
            this.after = after;
            String where = filter();
            hh = cursor("select h from HouseholdEntity h where h.snapshotId = :s" + where
                    + " order by h.householdId", HouseholdEntity.class, e -> e.householdId());
            mm = child("MemberEntity", MemberEntity.class, e -> e.householdId());
            ii = child("IncomeEntity", IncomeEntity.class, e -> e.householdId());
            dd = child("DeductionEntity", DeductionEntity.class, e -> e.householdId());
            aa = child("AssetEntity", AssetEntity.class, e -> e.householdId());
            oo = child("ObligorEntity", ObligorEntity.class, e -> e.householdId());
            cc = child("CaseEntity", CaseEntity.class, e -> e.householdId());
            rp = cursor("select m.householdId, r from RegisteredPoorEntity r join MemberEntity m "
                    + "on m.snapshotId = r.snapshotId and m.idNumber = r.idNumber join HouseholdEntity h "
                    + "on h.snapshotId = m.snapshotId and h.householdId = m.householdId where r.snapshotId = :s"
                    + where + " order by m.householdId, r.sourceLine", Object[].class, row -> (String) row[0]);
        }

        private String filter() {
            return (countyCode == null ? "" : " and h.countyCode = :c") + (after == null ? "" : " and h.householdId > :a");
        }

        private <T> Cursor<T> child(String entity, Class<T> type, Function<T, String> key) {
            return cursor("select x from " + entity + " x join HouseholdEntity h on h.snapshotId = x.snapshotId "
                    + "and h.householdId = x.householdId where x.snapshotId = :s" + filter()
                    + " order by x.householdId, x.sourceLine", type, key);
        }

        private <T> Cursor<T> cursor(String hql, Class<T> type, Function<T, String> key) {
            var q = s.createSelectionQuery(hql, type).setParameter("s", snapshotId).setFetchSize(1000);
            if (countyCode != null) {
                q.setParameter("c", countyCode);
            }
            if (after != null) {
                q.setParameter("a", after);
            }
            return new Cursor<>(q.scroll(ScrollMode.FORWARD_ONLY), key);
        }

        @Override
        public boolean hasNext() {
            return hh.hasNext();
        }

        @Override
        public HouseholdFile next() {
            HouseholdEntity h = hh.next();
            String id = h.householdId();
            return new HouseholdFile(h.toModel(),
                    mm.takeWhile(id).stream().map(MemberEntity::toModel).toList(),
                    ii.takeWhile(id).stream().map(IncomeEntity::toModel).toList(),
                    dd.takeWhile(id).stream().map(DeductionEntity::toModel).toList(),
                    aa.takeWhile(id).stream().map(AssetEntity::toModel).toList(),
                    oo.takeWhile(id).stream().map(ObligorEntity::toModel).toList(),
                    cc.takeWhile(id).stream().map(CaseEntity::toModel).toList(),
                    rp.takeWhile(id).stream().map(r -> ((RegisteredPoorEntity) r[1]).toModel()).toList());
        }

        @Override
        public void close() {
            for (Cursor<?> c : List.of(hh, mm, ii, dd, aa, oo, cc, rp)) {
                c.close();
            }
            s.close();
        }
    }

    /** A household as stored, or null. */
    public Household household(String householdId) {
        try (StatelessSession s = db.statelessSession()) {
            HouseholdEntity e = s.createSelectionQuery("from HouseholdEntity h where h.snapshotId = :s "
                    + "and h.householdId = :h", HouseholdEntity.class).setParameter("s", snapshotId)
                    .setParameter("h", householdId).getSingleResultOrNull();
            return e == null ? null : e.toModel();
        }
    }

    /** A forward-only cursor with one row of look-ahead, grouped by household id. */
    private static final class Cursor<T> implements AutoCloseable {
        private final ScrollableResults<T> results;
        private final Function<T, String> key;
        private T peeked;

        Cursor(ScrollableResults<T> results, Function<T, String> key) {
            this.results = results;
            this.key = key;
            advance();
        }

        private void advance() {
            peeked = results.next() ? results.get() : null;
        }

        boolean hasNext() {
            return peeked != null;
        }

        T next() {
            T t = peeked;
            advance();
            return t;
        }

        /** The rows whose key equals {@code id}; rows with smaller keys (orphans) are skipped. */
        List<T> takeWhile(String id) {
            List<T> out = new ArrayList<>();
            while (peeked != null && key.apply(peeked).compareTo(id) < 0) {
                advance();
            }
            while (peeked != null && key.apply(peeked).equals(id)) {
                out.add(peeked);
                advance();
            }
            return out;
        }

        @Override
        public void close() {
            results.close();
        }
    }
}
