package org.inspect.report.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.hibernate.annotations.Immutable;

/** Hibernate mapping of table {@code notice}: a rectification notice as issued; its row never changes. */
@Entity
@Table(name = "notice")
@Immutable
public class NoticeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    public Long id;

    @Column(name = "check_run_id", nullable = false)
    public long checkRunId;

    @Column(name = "county_code", length = 6, nullable = false)
    public String countyCode;

    @Column(name = "number", length = 200, nullable = false)
    public String number;

    @Column(name = "number_pattern", length = 200, nullable = false)
    public String numberPattern;

    @Column(name = "seq", nullable = false)
    public int seq;

    @Column(name = "deadline", nullable = false)
    public LocalDate deadline;

    @Column(name = "issued_at", nullable = false)
    public LocalDateTime issuedAt;

    @Column(name = "file_name", length = 500, nullable = false)
    public String fileName;

    @Column(name = "file_sha256", length = 64, nullable = false)
    public String fileSha256;

    @Column(name = "kind", length = 16)
    public String kind;

    @Column(name = "refers_to", length = 200)
    public String refersTo;
}
