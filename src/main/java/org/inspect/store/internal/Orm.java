package org.inspect.store.internal;

import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.inspect.store.EntityProvider;

/** Bootstraps Hibernate ORM over the migrated schema, validating (never generating) the mapping. */
public final class Orm {

    /**
     * Every mapped entity, from each feature's {@link EntityProvider} (the rolls' own are {@link RollEntities}); a new
     * table needs its class in its feature's provider and its DDL in a new {@code db/} script. Ordered by provider
     * class name, so the mapping is built the same way on every start.
     */
    public static List<Class<?>> entities() {
        return providers().stream().flatMap(p -> p.entities().stream()).toList();
    }

    /** The feature providers found on the class path, ordered by class name. */
    public static List<EntityProvider> providers() {
        return ServiceLoader.load(EntityProvider.class, Orm.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparing(p -> p.getClass().getName())).toList();
    }

    private Orm() {
    }

    public static SessionFactory build(DataSource ds) {
        HibernatePersistenceConfiguration cfg = new HibernatePersistenceConfiguration("inspect");
        entities().forEach(cfg::managedClass);
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
