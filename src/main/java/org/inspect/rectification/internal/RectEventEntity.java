package org.inspect.rectification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.hibernate.annotations.Immutable;

/**
 * Hibernate mapping of table {@code rect_event}: one event of the append-only history. Its sequence number is given
 * by the store from the chain head (never generated), and the row is never changed once written.
 */
@Entity
@Table(name = "rect_event")
@Immutable
public class RectEventEntity {

    @Id
    @Column(name = "seq")
    public long seq;

    /** The item, or null for an event that attests another table's row (a verdict, a registered document). */
    @Column(name = "item_id")
    public Long itemId;

    @Column(name = "event_at", nullable = false)
    public LocalDateTime eventAt;

    @Column(name = "actor", length = 100, nullable = false)
    public String actor;

    @Column(name = "action", length = 16, nullable = false)
    public String action;

    @Column(name = "from_state", length = 16)
    public String fromState;

    @Column(name = "to_state", length = 16, nullable = false)
    public String toState;

    @Column(name = "outcome", length = 16)
    public String outcome;

    @Column(name = "note", length = 4000)
    public String note;

    @Column(name = "evidence", length = 4000)
    public String evidence;

    @Column(name = "prev_hash", length = 64, nullable = false)
    public String prevHash;

    @Column(name = "hash", length = 64, nullable = false)
    public String hash;

    /** What a VERDICT or REGISTER event attests (a finding key, {@code register:<id>}); schema 21. */
    @Column(name = "subject", length = 400)
    public String subject;

    /** The SHA-256 of the attested row's fields (for ISSUE: the item's fixed fields); schema 21. */
    @Column(name = "subject_hash", length = 64)
    public String subjectHash;
}
