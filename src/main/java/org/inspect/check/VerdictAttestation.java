package org.inspect.check;

import java.time.LocalDateTime;
import java.util.ServiceLoader;
import org.hibernate.Session;
import org.inspect.store.Database;

/**
 * What attests a finding's verdict where a database writer cannot forge it (issue 24: the rectification history's
 * VERDICT events). Implemented above the check (listed in
 * {@code META-INF/services/org.inspect.check.VerdictAttestation}), so the check imports no rectification.
 */
public interface VerdictAttestation {

    /**
     * Attests the verdict within the verdict's own transaction {@code session}, before any row changes, so that both
     * are recorded or neither.
     */
    void attest(Session session, Database db, long findingId, String findingKey, String verdict, String by,
            LocalDateTime at, String reason);

    /** The implementation on the class path, or one that attests nothing when there is none. */
    static VerdictAttestation find() {
        return ServiceLoader.load(VerdictAttestation.class, VerdictAttestation.class.getClassLoader()).findFirst()
                .orElse((session, db, id, key, verdict, by, at, reason) -> {
                });
    }
}
