package org.inspect.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.hibernate.StatelessSession;
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
 * Streams a snapshot's rolls without holding them: {@link #openHouseholds} pages through a county's households
 * and hands out one {@link HouseholdFile} at a time.
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

    /** The number of households of a county in the snapshot. */
    public long householdCount(String countyCode) {
        try (StatelessSession s = db.statelessSession()) {
            return s.createSelectionQuery("select count(*) from HouseholdEntity h where h.snapshotId = :s "
                    + "and h.countyCode = :c", Long.class).setParameter("s", snapshotId).setParameter("c", countyCode)
                    .getSingleResult();
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

    /**
     * Opens a cursor over the households of the county ({@code null}: all) whose id is greater than
     * {@code after} ({@code null}: from the start), in household-id order; a restarted batch step resumes so.
     */
    public HouseholdCursor openHouseholds(String countyCode, String after) {
        return openHouseholds(countyCode, after, id -> true);
    }

    /** As {@link #openHouseholds(String, String)}, loading only the households whose id {@code wanted} accepts. */
    public HouseholdCursor openHouseholds(String countyCode, String after, java.util.function.Predicate<String> wanted) {
        return new HouseholdCursor(db.statelessSession(), countyCode, after, wanted);
    }

    /**
     * A forward-only cursor of {@link HouseholdFile}s. It pages: a page of households in id order (keyset, so a
     * page costs the same at the end of a province as at the start), then one indexed query per table for the
     * page's ids. Memory holds one page.
     */
    public final class HouseholdCursor implements java.util.Iterator<HouseholdFile>, AutoCloseable {
        private static final int PAGE = 1000;

        private final StatelessSession s;
        private final String countyCode;
        private final java.util.function.Predicate<String> wanted;
        private String after;
        private java.util.ArrayDeque<HouseholdFile> page = new java.util.ArrayDeque<>();
        private boolean exhausted;

        HouseholdCursor(StatelessSession s, String countyCode, String after,
                java.util.function.Predicate<String> wanted) {
            this.s = s;
            this.countyCode = countyCode;
            this.after = after;
            this.wanted = wanted;
        }

        @Override
        public boolean hasNext() {
            while (page.isEmpty() && !exhausted) {
                fill();
            }
            return !page.isEmpty();
        }

        @Override
        public HouseholdFile next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            return page.removeFirst();
        }

        private void fill() {
            String where = (countyCode == null ? "" : " and h.countyCode = :c")
                    + (after == null ? "" : " and h.householdId > :a");
            var q = s.createSelectionQuery("from HouseholdEntity h where h.snapshotId = :s" + where
                    + " order by h.householdId", HouseholdEntity.class).setParameter("s", snapshotId)
                    .setMaxResults(PAGE);
            if (countyCode != null) {
                q.setParameter("c", countyCode);
            }
            if (after != null) {
                q.setParameter("a", after);
            }
            List<HouseholdEntity> households = q.getResultList();
            if (households.size() < PAGE) {
                exhausted = true;
            }
            if (households.isEmpty()) {
                return;
            }
            after = households.get(households.size() - 1).householdId();
            households = households.stream().filter(h -> wanted.test(h.householdId())).toList();
            if (households.isEmpty()) {
                return;
            }
            List<String> ids = households.stream().map(HouseholdEntity::householdId).toList();
            var members = children("MemberEntity", MemberEntity.class, ids, MemberEntity::householdId);
            var incomes = children("IncomeEntity", IncomeEntity.class, ids, IncomeEntity::householdId);
            var deductions = children("DeductionEntity", DeductionEntity.class, ids, DeductionEntity::householdId);
            var assets = children("AssetEntity", AssetEntity.class, ids, AssetEntity::householdId);
            var obligors = children("ObligorEntity", ObligorEntity.class, ids, ObligorEntity::householdId);
            var cases = children("CaseEntity", CaseEntity.class, ids, CaseEntity::householdId);
            java.util.Map<String, List<RegisteredPoorPerson>> poor = new java.util.HashMap<>();
            java.util.Set<String> wanted = new java.util.HashSet<>(ids);
            for (Object[] row : s.createSelectionQuery("select m.householdId, r from MemberEntity m "
                    + "join RegisteredPoorEntity r on r.snapshotId = m.snapshotId and r.idNumber = m.idNumber "
                    + "where m.snapshotId = :s and m.householdId between :first and :last "
                    + "order by m.householdId, r.sourceLine", Object[].class).setParameter("s", snapshotId)
                    .setParameter("first", ids.get(0)).setParameter("last", ids.get(ids.size() - 1))
                    .getResultList()) {
                if (wanted.contains((String) row[0])) {
                    poor.computeIfAbsent((String) row[0], k -> new ArrayList<>())
                            .add(((RegisteredPoorEntity) row[1]).toModel());
                }
            }
            for (HouseholdEntity h : households) {
                String id = h.householdId();
                page.add(new HouseholdFile(h.toModel(),
                        models(members, id, MemberEntity::toModel), models(incomes, id, IncomeEntity::toModel),
                        models(deductions, id, DeductionEntity::toModel), models(assets, id, AssetEntity::toModel),
                        models(obligors, id, ObligorEntity::toModel), models(cases, id, CaseEntity::toModel),
                        poor.getOrDefault(id, List.of())));
            }
        }

        private <T> java.util.Map<String, List<T>> children(String entity, Class<T> type, List<String> ids,
                Function<T, String> key) {
            java.util.Map<String, List<T>> byHousehold = new java.util.HashMap<>();
            // An index range over the page's id span (an IN list of hundreds makes HSQLDB scan the table);
            // rows of other counties' households inside the span are dropped here.
            java.util.Set<String> wanted = new java.util.HashSet<>(ids);
            for (T row : s.createSelectionQuery("from " + entity + " x where x.snapshotId = :s "
                    + "and x.householdId between :first and :last order by x.householdId, x.sourceLine", type)
                    .setParameter("s", snapshotId).setParameter("first", ids.get(0))
                    .setParameter("last", ids.get(ids.size() - 1)).getResultList()) {
                String k = key.apply(row);
                if (wanted.contains(k)) {
                    byHousehold.computeIfAbsent(k, x -> new ArrayList<>()).add(row);
                }
            }
            return byHousehold;
        }

        private static <T, M> List<M> models(java.util.Map<String, List<T>> rows, String id, Function<T, M> toModel) {
            return rows.getOrDefault(id, List.of()).stream().map(toModel).toList();
        }

        @Override
        public void close() {
            s.close();
        }
    }
}
