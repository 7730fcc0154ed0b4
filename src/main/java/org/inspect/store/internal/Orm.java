package org.inspect.store.internal;

import java.util.List;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/** Bootstraps Hibernate ORM over the migrated schema, validating (never generating) the mapping. */
public final class Orm {

    /** Every mapped entity; a new table needs its class here and its DDL in a new {@code db/} script. */
    static final List<Class<?>> ENTITIES = List.of(SnapshotEntity.class, HouseholdEntity.class, MemberEntity.class,
            IncomeEntity.class, DeductionEntity.class, AssetEntity.class, ObligorEntity.class, CaseEntity.class,
            RegisteredPoorEntity.class, InspectorEntity.class, StandardEntity.class);

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
        cfg.property("hibernate.boot.allow_jdbc_metadata_access", "true");
        return cfg.createEntityManagerFactory();
    }
}
