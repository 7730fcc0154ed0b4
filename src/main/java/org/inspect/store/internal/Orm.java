package org.inspect.store.internal;

import java.util.List;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.inspect.check.internal.CheckRunEntity;
import org.inspect.check.internal.FindingEntity;
import org.inspect.compare.internal.CompareRunEntity;
import org.inspect.rectification.internal.RectChainHeadEntity;
import org.inspect.rectification.internal.RectEventEntity;
import org.inspect.rectification.internal.RectItemEntity;
import org.inspect.report.internal.NoticeEntity;
import org.inspect.report.internal.NoticeItemEntity;
import org.inspect.sampling.internal.SampleRunEntity;

/** Bootstraps Hibernate ORM over the migrated schema, validating (never generating) the mapping. */
public final class Orm {

    /**
     * Every mapped entity; a new table needs its class here and its DDL in a new {@code db/} script. The roll tables
     * are mapped here; the runs, notices, rectification items and events and the findings' verdicts in the
     * {@code internal} package of the feature that owns them. Those entity classes import nothing of the toolkit
     * (ArchitectureTest), so listing them here makes no cycle between the store and the features.
     */
    static final List<Class<?>> ENTITIES = List.of(SnapshotEntity.class, HouseholdEntity.class,
            MemberEntity.class, IncomeEntity.class, DeductionEntity.class, AssetEntity.class, ObligorEntity.class,
            CaseEntity.class, RegisteredPoorEntity.class, InspectorEntity.class, StandardEntity.class,
            CheckRunEntity.class, FindingEntity.class, SampleRunEntity.class, CompareRunEntity.class,
            NoticeEntity.class, NoticeItemEntity.class, RectItemEntity.class, RectEventEntity.class,
            RectChainHeadEntity.class);

    private Orm() {
    }

    public static SessionFactory build(DataSource ds) {
        HibernatePersistenceConfiguration cfg = new HibernatePersistenceConfiguration("inspect");
        ENTITIES.forEach(cfg::managedClass);
        cfg.property("hibernate.connection.datasource", ds);
        cfg.property("hibernate.hbm2ddl.auto", "validate");
        cfg.property("hibernate.jdbc.batch_size", "500");
        cfg.property("hibernate.order_inserts", "true");
        cfg.property("hibernate.show_sql", "false");
        // the database's notes (HSQLDB's "no data" for an UPDATE that changed no row) are no problem of the user's:
        // the plain-JDBC paths never showed them either
        cfg.property("hibernate.jdbc.log.warnings", "false");
        cfg.property("hibernate.boot.allow_jdbc_metadata_access", "true");
        return cfg.createEntityManagerFactory();
    }
}
