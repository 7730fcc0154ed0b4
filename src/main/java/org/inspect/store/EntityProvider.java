package org.inspect.store;

import java.util.List;
import java.util.Set;

/**
 * A feature's part of the schema: the entity classes Hibernate maps for it and the tables of the migrations its
 * store owns. Each feature implements it once (in its {@code internal} package) and lists the class in
 * {@code META-INF/services/org.inspect.store.EntityProvider}; the store finds them with {@link java.util.ServiceLoader},
 * so it imports no feature and the callers of {@link Database#open} need not assemble a list. No other feature names
 * an owned table in its SQL: it asks the owner's store (ArchitectureTest).
 */
public interface EntityProvider {

    /** The mapped entity classes (none for a feature whose store uses plain JDBC only). */
    List<Class<?>> entities();

    /** The tables (lower case, as created in {@code db/}) that only this feature's store reads and writes. */
    Set<String> tables();
}
