package org.inspect.visits.internal;

import java.util.List;
import java.util.Set;
import org.inspect.store.EntityProvider;

/**
 * The home visits (plain JDBC: no entity).
 * Public only because {@link java.util.ServiceLoader} instantiates it (listed in
 * {@code META-INF/services/org.inspect.store.EntityProvider}).
 */
// public for ServiceLoader, which instantiates the providers listed in META-INF/services
public final class VisitEntities implements EntityProvider {

    @Override
    public List<Class<?>> entities() {
        return List.of();
    }

    @Override
    public Set<String> tables() {
        return Set.of("focus_visit");
    }
}
