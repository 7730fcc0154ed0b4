package org.inspect.store;

import java.sql.PreparedStatement;
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

    private record Mapping(String table, BiFunction<Long, Line, Object> toEntity) {
    }

    private static final Map<Class<?>, Mapping> MAPPINGS = Map.of(
            Household.class, new Mapping("household", (s, l) -> new HouseholdEntity(s, l.line, (Household) l.record)),
            Member.class, new Mapping("member", (s, l) -> new MemberEntity(s, l.line, (Member) l.record)),
            Income.class, new Mapping("income", (s, l) -> new IncomeEntity(s, l.line, (Income) l.record)),
            Deduction.class, new Mapping("deduction", (s, l) -> new DeductionEntity(s, l.line, (Deduction) l.record)),
            Asset.class, new Mapping("asset", (s, l) -> new AssetEntity(s, l.line, (Asset) l.record)),
            Obligor.class, new Mapping("obligor", (s, l) -> new ObligorEntity(s, l.line, (Obligor) l.record)),
            AssistanceCase.class, new Mapping("assistance_case", (s, l) -> new CaseEntity(s, l.line, (AssistanceCase) l.record)),
            RegisteredPoorPerson.class, new Mapping("registered_poor",
                    (s, l) -> new RegisteredPoorEntity(s, l.line, (RegisteredPoorPerson) l.record)),
            Inspector.class, new Mapping("inspector", (s, l) -> new InspectorEntity(s, l.line, (Inspector) l.record)),
            Standard.class, new Mapping("standard_value", (s, l) -> new StandardEntity(s, l.line, (Standard) l.record)));

    private final Database db;

    public RollWriter(Database db) {
        this.db = db;
    }

    /** Stores one chunk of rows of one kind (all records of the same class) for a snapshot, replacing its lines. */
    public void write(long snapshotId, List<Line> chunk) {
        write(snapshotId, chunk, true);
    }

    /**
     * Stores one chunk; {@code mayExist} says whether the chunk's lines may already be stored (a restarted job
     * replays the chunk that was in flight). A first run passes false and skips the per-line deletes.
     */
    public void write(long snapshotId, List<Line> chunk, boolean mayExist) {
        if (chunk.isEmpty()) {
            return;
        }
        Mapping m = MAPPINGS.get(chunk.get(0).record().getClass());
        if (m == null) {
            throw new IllegalArgumentException("no table for " + chunk.get(0).record().getClass());
        }
        try (StatelessSession s = db.statelessSession()) {
            Transaction tx = s.beginTransaction();
            try {
                if (mayExist) {
                    deleteLines(s, m.table(), snapshotId, chunk);
                }
                insert(s, m, snapshotId, chunk);
                tx.commit();
            } catch (RuntimeException e) {
                tx.rollback();
                throw e;
            }
        }
    }

    private static void deleteLines(StatelessSession s, String table, long snapshotId, List<Line> chunk) {
        // One primary-key delete per line (batched): a range delete would be planned on the household index and
        // scan the snapshot, since HSQLDB ranks indexes by equality matches only.
        s.doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM " + table + " WHERE source_line = ? AND snapshot_id = ?")) {
                for (Line l : chunk) {
                    ps.setLong(1, l.line());
                    ps.setLong(2, snapshotId);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    /**
     * Inserts the chunk with one JDBC batch, the columns read from the entity's mapping: several times faster
     * than a Hibernate insert per row, and the entity stays the single description of the row.
     */
    private static void insert(StatelessSession s, Mapping m, long snapshotId, List<Line> chunk) {
        List<Object> entities = new java.util.ArrayList<>(chunk.size());
        for (Line l : chunk) {
            entities.add(m.toEntity().apply(snapshotId, l));
        }
        EntityColumns cols = EntityColumns.of(entities.get(0).getClass());
        s.doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(cols.insertSql(m.table()))) {
                for (Object e : entities) {
                    cols.bind(ps, e);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    /** The mapped fields of an entity class, in declaration order, with their column names. */
    private record EntityColumns(List<java.lang.reflect.Field> fields, List<String> columns) {
        private static final java.util.Map<Class<?>, EntityColumns> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

        static EntityColumns of(Class<?> type) {
            return CACHE.computeIfAbsent(type, t -> {
                List<java.lang.reflect.Field> fields = new java.util.ArrayList<>();
                List<String> columns = new java.util.ArrayList<>();
                for (java.lang.reflect.Field f : t.getDeclaredFields()) {
                    jakarta.persistence.Column col = f.getAnnotation(jakarta.persistence.Column.class);
                    if (col != null) {
                        f.setAccessible(true);
                        fields.add(f);
                        columns.add(col.name());
                    }
                }
                return new EntityColumns(fields, columns);
            });
        }

        String insertSql(String table) {
            return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        }

        void bind(PreparedStatement ps, Object entity) throws java.sql.SQLException {
            try {
                for (int i = 0; i < fields.size(); i++) {
                    Object v = fields.get(i).get(entity);
                    if (v instanceof java.time.LocalDate d) {
                        v = java.sql.Date.valueOf(d);
                    }
                    ps.setObject(i + 1, v);
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
