package org.inspect.report.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** Hibernate mapping of table {@code notice_item}: a finding a notice lists, keyed by notice and finding. */
@Entity
@Table(name = "notice_item")
@IdClass(NoticeItemEntity.Key.class)
public class NoticeItemEntity {

    @Id
    @Column(name = "notice_id")
    public long noticeId;

    @Id
    @Column(name = "finding_id")
    public long findingId;

    @Column(name = "status", length = 16, nullable = false)
    public String status;

    /** The primary key of a notice item. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        public long noticeId;
        public long findingId;

        public Key() {
        }

        public Key(long noticeId, long findingId) {
            this.noticeId = noticeId;
            this.findingId = findingId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.noticeId == noticeId && k.findingId == findingId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(noticeId, findingId);
        }
    }
}
