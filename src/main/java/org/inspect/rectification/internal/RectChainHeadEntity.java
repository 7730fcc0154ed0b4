package org.inspect.rectification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Hibernate mapping of table {@code rect_chain_head}: the one row (id 1) naming the last event of the history. */
@Entity
@Table(name = "rect_chain_head")
public class RectChainHeadEntity {

    @Id
    @Column(name = "id")
    public int id;

    @Column(name = "last_seq", nullable = false)
    public long lastSeq;

    @Column(name = "last_hash", length = 64, nullable = false)
    public String lastHash;
}
