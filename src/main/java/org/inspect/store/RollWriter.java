package org.inspect.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
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

    /**
     * A roll table: its name, the column that leads its primary key after {@code snapshot_id} (the household the
     * row belongs to; {@code null} for the small tables keyed by source line alone) and the entity of a line.
     */
    private record Mapping(String table, String keyColumn, BiFunction<Long, Line, Object> toEntity) {
    }

    private static final Map<Class<?>, Mapping> MAPPINGS = Map.of(
            Household.class, new Mapping("household", "household_id",
                    (s, l) -> new HouseholdEntity(s, l.line, (Household) l.record)),
            Member.class, new Mapping("member", "household_id",
                    (s, l) -> new MemberEntity(s, l.line, (Member) l.record)),
            Income.class, new Mapping("income", "household_id",
                    (s, l) -> new IncomeEntity(s, l.line, (Income) l.record)),
            Deduction.class, new Mapping("deduction", "household_id",
                    (s, l) -> new DeductionEntity(s, l.line, (Deduction) l.record)),
            Asset.class, new Mapping("asset", "household_id", (s, l) -> new AssetEntity(s, l.line, (Asset) l.record)),
            Obligor.class, new Mapping("obligor", "household_id",
                    (s, l) -> new ObligorEntity(s, l.line, (Obligor) l.record)),
            AssistanceCase.class, new Mapping("assistance_case", "household_id",
                    (s, l) -> new CaseEntity(s, l.line, (AssistanceCase) l.record)),
            RegisteredPoorPerson.class, new Mapping("registered_poor", "poor_household_id",
                    (s, l) -> new RegisteredPoorEntity(s, l.line, (RegisteredPoorPerson) l.record)),
            Inspector.class, new Mapping("inspector", null,
                    (s, l) -> new InspectorEntity(s, l.line, (Inspector) l.record)),
            Standard.class, new Mapping("standard_value", null,
                    (s, l) -> new StandardEntity(s, l.line, (Standard) l.record)));

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
        List<Object> entities = new java.util.ArrayList<>(chunk.size());
        for (Line l : chunk) {
            entities.add(m.toEntity().apply(snapshotId, l));
        }
        EntityColumns cols = EntityColumns.of(entities.get(0).getClass());
        Sql.inTransaction(db, c -> {
            if (mayExist) {
                deleteLines(c, m, cols, snapshotId, entities);
            }
            if (db.kind() == DatabaseSettings.Kind.POSTGRESQL) {
                copy(c, m, cols, entities);
            } else {
                insert(c, m, cols, entities);
            }
        });
    }

    /**
     * Inserts rows of one kind into a snapshot on the caller's connection (inside the caller's transaction), for
     * writers that must commit them together with other rows.
     */
    static void insert(Connection c, long snapshotId, List<Line> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        Mapping m = MAPPINGS.get(rows.get(0).record().getClass());
        if (m == null) {
            throw new IllegalArgumentException("no table for " + rows.get(0).record().getClass());
        }
        List<Object> entities = new java.util.ArrayList<>(rows.size());
        for (Line l : rows) {
            entities.add(m.toEntity().apply(snapshotId, l));
        }
        insert(c, m, EntityColumns.of(entities.get(0).getClass()), entities);
    }

    /**
     * One primary-key delete per line, batched. The key is (snapshot, household, line): the household leads so
     * that the one index of a child table serves both this delete and every read of a household's rows.
     */
    private static void deleteLines(Connection c, Mapping m, EntityColumns cols, long snapshotId,
            List<Object> entities) throws SQLException {
        String sql = "DELETE FROM " + m.table() + " WHERE snapshot_id = ? AND source_line = ?"
                + (m.keyColumn() == null ? "" : " AND " + m.keyColumn() + " = ?");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Object e : entities) {
                ps.setLong(1, snapshotId);
                ps.setObject(2, cols.value(e, "source_line"));
                if (m.keyColumn() != null) {
                    ps.setObject(3, cols.value(e, m.keyColumn()));
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * PostgreSQL: the chunk through {@code COPY ... FROM STDIN} (the driver's CopyManager), the server's fastest
     * way in; still inside the chunk's transaction, so a replayed chunk stays idempotent.
     */
    private static void copy(Connection c, Mapping m, EntityColumns cols, List<Object> entities)
            throws SQLException {
        StringBuilder csv = new StringBuilder(entities.size() * 120);
        for (Object e : entities) {
            cols.appendCsv(csv, e);
        }
        try {
            c.unwrap(org.postgresql.PGConnection.class).getCopyAPI()
                    .copyIn(cols.copySql(m.table()), new java.io.StringReader(csv.toString()));
        } catch (java.io.IOException e) {
            throw new SQLException("COPY into " + m.table() + " failed: " + e.getMessage(), e);
        }
    }

    /** Inserts the chunk with one JDBC batch, the columns read from the entity's mapping. */
    private static void insert(Connection c, Mapping m, EntityColumns cols, List<Object> entities)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(cols.insertSql(m.table()))) {
            for (Object e : entities) {
                cols.bind(ps, e);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
