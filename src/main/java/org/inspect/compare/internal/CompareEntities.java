package org.inspect.compare.internal;

import java.util.List;
import java.util.Set;
import org.inspect.store.EntityProvider;

/**
 * The comparison runs and their rows.
 * Public only because {@link java.util.ServiceLoader} instantiates it (listed in
 * {@code META-INF/services/org.inspect.store.EntityProvider}).
 */
// public for ServiceLoader, which instantiates the providers listed in META-INF/services
public final class CompareEntities implements EntityProvider {

    @Override
    public List<Class<?>> entities() {
        return List.of(CompareRunEntity.class);
    }

    @Override
    public Set<String> tables() {
        return Set.of("compare_run", "compare_match", "compare_unmatched", "compare_recipient", "compare_change");
    }
}
