package org.inspect.report.internal;

import java.util.List;
import java.util.Set;
import org.inspect.store.EntityProvider;

/**
 * The notices and their items, the document register, the report numbers and the bulletin numbers.
 * Public only because {@link java.util.ServiceLoader} instantiates it (listed in
 * {@code META-INF/services/org.inspect.store.EntityProvider}).
 */
// public for ServiceLoader, which instantiates the providers listed in META-INF/services
public final class ReportEntities implements EntityProvider {

    @Override
    public List<Class<?>> entities() {
        return List.of(NoticeEntity.class, NoticeItemEntity.class);
    }

    @Override
    public Set<String> tables() {
        return Set.of("notice", "notice_item", "document_register", "report_number", "bulletin_number");
    }
}
