package org.inspect.sampling.internal;

import java.util.List;
import java.util.Set;
import org.inspect.store.EntityProvider;

/**
 * The sample runs, their drawn cases and inspector assignments.
 * Public only because {@link java.util.ServiceLoader} instantiates it (listed in
 * {@code META-INF/services/org.inspect.store.EntityProvider}).
 */
// public for ServiceLoader, which instantiates the providers listed in META-INF/services
public final class SamplingEntities implements EntityProvider {

    @Override
    public List<Class<?>> entities() {
        return List.of(SampleRunEntity.class);
    }

    @Override
    public Set<String> tables() {
        return Set.of("sample_run", "sample_case", "sample_assignment");
    }
}
