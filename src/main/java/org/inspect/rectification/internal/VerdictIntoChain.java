package org.inspect.rectification.internal;

import java.time.LocalDateTime;
import org.hibernate.Session;
import org.inspect.check.VerdictAttestation;
import org.inspect.rectification.Audit;
import org.inspect.rectification.RectificationStore;
import org.inspect.store.Database;

/**
 * A verdict attested by a VERDICT event of the rectification history, in the verdict's transaction. Public only
 * because {@link java.util.ServiceLoader} instantiates it.
 */
// public for ServiceLoader, which instantiates the providers listed in META-INF/services
public final class VerdictIntoChain implements VerdictAttestation {

    @Override
    public void attest(Session session, Database db, long findingId, String findingKey, String verdict, String by,
            LocalDateTime at, String reason) {
        String hash = new Audit.Verdict(findingId, findingKey, verdict, by, at, reason).hash();
        new RectificationStore(db).joined(session, tx -> tx.attest("VERDICT", findingKey, hash, verdict, by, at));
    }
}
