package org.inspect.rectification.internal;

import java.util.List;
import java.util.Set;
import org.inspect.store.EntityProvider;

/**
 * The rectification items, their events and the head of the event chain.
 * Public only because {@link java.util.ServiceLoader} instantiates it (listed in
 * {@code META-INF/services/org.inspect.store.EntityProvider}).
 */
// public for ServiceLoader, which instantiates the providers listed in META-INF/services
public final class RectificationEntities implements EntityProvider {

    @Override
    public List<Class<?>> entities() {
        return List.of(RectItemEntity.class, RectEventEntity.class, RectChainHeadEntity.class);
    }

    @Override
    public Set<String> tables() {
        return Set.of("rect_item", "rect_event", "rect_chain_head");
    }
}
