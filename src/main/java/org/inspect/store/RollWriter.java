package org.inspect.store;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.hibernate.StatelessSession;
import org.hibernate.Transaction;
import org.inspect.model.Asset;
import org.inspect.model.AssistanceCase;
import org.inspect.model.Deduction;
import org.inspect.model.Household;
import org.inspect.model.Income;
import org.inspect.model.Inspector;
import org.inspect.model.Member;
import org.inspect.model.Obligor;
import org.inspect.model.RegisteredPoorPerson;
import org.inspect.model.Standard;
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
 * Writes roll rows of a snapshot, a chunk at a time, idempotently: in one transaction it deletes whatever rows
 * the chunk's source lines already have in that table, then inserts the chunk. A chunk replayed after a crash
 * therefore leaves exactly the rows of one run.
 */
public final class RollWriter {

    /** A parsed row to store: its source line and its model record. */
    public record Line(long line, Object record) {
    }

    private record Mapping(String entity, BiFunction<Long, Line, Object> toEntity) {
    }

    private static final Map<Class<?>, Mapping> MAPPINGS = Map.of(
            Household.class, new Mapping("HouseholdEntity", (s, l) -> new HouseholdEntity(s, l.line, (Household) l.record)),
            Member.class, new Mapping("MemberEntity", (s, l) -> new MemberEntity(s, l.line, (Member) l.record)),
            Income.class, new Mapping("IncomeEntity", (s, l) -> new IncomeEntity(s, l.line, (Income) l.record)),
            Deduction.class, new Mapping("DeductionEntity", (s, l) -> new DeductionEntity(s, l.line, (Deduction) l.record)),
            Asset.class, new Mapping("AssetEntity", (s, l) -> new AssetEntity(s, l.line, (Asset) l.record)),
            Obligor.class, new Mapping("ObligorEntity", (s, l) -> new ObligorEntity(s, l.line, (Obligor) l.record)),
            AssistanceCase.class, new Mapping("CaseEntity", (s, l) -> new CaseEntity(s, l.line, (AssistanceCase) l.record)),
            RegisteredPoorPerson.class, new Mapping("RegisteredPoorEntity",
                    (s, l) -> new RegisteredPoorEntity(s, l.line, (RegisteredPoorPerson) l.record)),
            Inspector.class, new Mapping("InspectorEntity", (s, l) -> new InspectorEntity(s, l.line, (Inspector) l.record)),
            Standard.class, new Mapping("StandardEntity", (s, l) -> new StandardEntity(s, l.line, (Standard) l.record)));

    private final Database db;

    public RollWriter(Database db) {
        this.db = db;
    }

    /** Stores one chunk of rows of one kind (all records of the same class) for a snapshot. */
    public void write(long snapshotId, List<Line> chunk) {
        if (chunk.isEmpty()) {
            return;
        }
        Mapping m = MAPPINGS.get(chunk.get(0).record().getClass());
        if (m == null) {
            throw new IllegalArgumentException("no table for " + chunk.get(0).record().getClass());
        }
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (Line l : chunk) {
            first = Math.min(first, l.line());
            last = Math.max(last, l.line());
        }
        try (StatelessSession s = db.statelessSession()) {
            Transaction tx = s.beginTransaction();
            try {
                s.createMutationQuery("delete from " + m.entity()
                                + " where snapshotId = :s and sourceLine between :a and :b")
                        .setParameter("s", snapshotId).setParameter("a", first).setParameter("b", last)
                        .executeUpdate();
                for (Line l : chunk) {
                    s.insert(m.toEntity().apply(snapshotId, l));
                }
                tx.commit();
            } catch (RuntimeException e) {
                tx.rollback();
                throw e;
            }
        }
    }
}
