package org.inspect.store.internal;

import java.util.List;
import java.util.Set;
import org.inspect.store.EntityProvider;

/**
 * The rolls' tables (snapshots and their rows, the rejected lines of an import) and the database lock, owned by the store.
 * Public only because {@link java.util.ServiceLoader} instantiates it (listed in
 * {@code META-INF/services/org.inspect.store.EntityProvider}).
 */
// public for ServiceLoader, which instantiates the providers listed in META-INF/services
public final class RollEntities implements EntityProvider {

    @Override
    public List<Class<?>> entities() {
        return List.of(SnapshotEntity.class, HouseholdEntity.class, MemberEntity.class, IncomeEntity.class,
                DeductionEntity.class, AssetEntity.class, ObligorEntity.class, CaseEntity.class,
                RegisteredPoorEntity.class, InspectorEntity.class, StandardEntity.class);
    }

    @Override
    public Set<String> tables() {
        return Set.of("snapshot", "household", "member", "income", "deduction", "asset", "obligor", "assistance_case",
                "registered_poor", "inspector", "standard_value", "import_rejected_line", "db_lock");
    }
}
