package org.inspect.check.internal;

import java.util.List;
import java.util.Set;
import org.inspect.store.EntityProvider;

/**
 * The check's runs, findings and reviewed decision reasons.
 * Public only because {@link java.util.ServiceLoader} instantiates it (listed in
 * {@code META-INF/services/org.inspect.store.EntityProvider}).
 */
// public for ServiceLoader, which instantiates the providers listed in META-INF/services
public final class CheckEntities implements EntityProvider {

    @Override
    public List<Class<?>> entities() {
        return List.of(CheckRunEntity.class, FindingEntity.class);
    }

    @Override
    public Set<String> tables() {
        return Set.of("check_run", "finding", "reason_review", "check_tally");
    }
}
