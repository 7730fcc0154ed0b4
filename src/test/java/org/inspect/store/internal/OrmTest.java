package org.inspect.store.internal;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.SessionFactory;
import org.inspect.check.internal.CheckRunEntity;
import org.inspect.check.internal.FindingEntity;
import org.inspect.compare.internal.CompareRunEntity;
import org.inspect.rectification.internal.RectChainHeadEntity;
import org.inspect.rectification.internal.RectEventEntity;
import org.inspect.rectification.internal.RectItemEntity;
import org.inspect.report.internal.NoticeEntity;
import org.inspect.report.internal.NoticeItemEntity;
import org.inspect.sampling.internal.SampleRunEntity;
import org.inspect.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Hibernate mapping of the runs, notices, rectification and findings' verdicts is validated against the
 * migrated schema (run on HSQLDB, and on PostgreSQL in the PostgreSQL run of the suite): a database opens with every
 * entity, and an entity that no longer matches its table stops the database from opening.
 */
class OrmTest {

    private static final List<Class<?>> RUN_ENTITIES = List.of(CheckRunEntity.class, FindingEntity.class,
            SampleRunEntity.class, CompareRunEntity.class, NoticeEntity.class, NoticeItemEntity.class,
            RectItemEntity.class, RectEventEntity.class, RectChainHeadEntity.class);

    /** A column of each such table, and its type to put it back with (the same words on both databases). */
    private static final List<String[]> COLUMNS = List.of(new String[] {"check_run", "cases", "BIGINT"},
            new String[] {"finding", "verdict_reason", "VARCHAR(2000)"},
            new String[] {"sample_run", "seed_text", "VARCHAR(1000)"},
            new String[] {"compare_run", "covered", "BIGINT"},
            new String[] {"notice", "refers_to", "VARCHAR(200)"},
            new String[] {"notice_item", "status", "VARCHAR(16)"},
            new String[] {"rect_item", "detail_masked", "VARCHAR(4000)"},
            new String[] {"rect_event", "note", "VARCHAR(4000)"},
            new String[] {"rect_chain_head", "last_hash", "VARCHAR(64)"});

    @TempDir
    Path data;

    @Test
    void aMigratedDatabaseOpensWithTheEntitiesOfRunsNoticesAndRectification() {
        try (Database db = Database.open(data)) {
            Set<Class<?>> mapped = db.sessionFactory().getMetamodel().getEntities().stream()
                    .map(e -> (Class<?>) e.getJavaType()).collect(Collectors.toSet());
            for (Class<?> c : RUN_ENTITIES) {
                assertTrue(Orm.entities().contains(c), c + " is not in Orm.entities()");
                assertTrue(mapped.contains(c), c + " is not mapped");
            }
        }
    }

    @Test
    void anEntityThatNoLongerMatchesItsTableStopsTheOpening() throws Exception {
        try (Database db = Database.open(data)) {
            for (String[] col : COLUMNS) {
                alter(db, "ALTER TABLE " + col[0] + " DROP COLUMN " + col[1]);
                RuntimeException e = assertThrows(RuntimeException.class, () -> Orm.build(db.dataSource()).close(),
                        col[0] + "." + col[1]);
                String message = causes(e);
                assertTrue(message.contains(col[1]) && message.contains(col[0]), message);
                alter(db, "ALTER TABLE " + col[0] + " ADD COLUMN " + col[1] + " " + col[2]);
            }
            SessionFactory again = Orm.build(db.dataSource());
            again.close();
        }
    }

    private static void alter(Database db, String sql) throws Exception {
        try (Connection c = db.connection(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static String causes(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (; t != null; t = t.getCause()) {
            sb.append(t.getMessage()).append('\n');
        }
        return sb.toString();
    }
}
