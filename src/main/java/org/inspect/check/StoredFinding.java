package org.inspect.check;

import java.time.LocalDateTime;
import org.inspect.model.Finding;

/** A finding as stored in a check run, with its id and the field team's verdict (null while open). */
public record StoredFinding(long id, long runId, Finding finding, String verdict, String verdictBy,
        LocalDateTime verdictAt, String verdictReason) {

    public static final String CONFIRMED = "CONFIRMED";
    public static final String DISMISSED = "DISMISSED";

    /** Open findings (not dismissed) go into notices and rates. */
    public boolean dismissed() {
        return DISMISSED.equals(verdict);
    }
}
