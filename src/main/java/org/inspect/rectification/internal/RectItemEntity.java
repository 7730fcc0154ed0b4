package org.inspect.rectification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.DynamicUpdate;

/**
 * Hibernate mapping of table {@code rect_item}: one problem of an issued notice followed to closure. Only its state
 * changes, together with the event that changes it.
 */
@Entity
@Table(name = "rect_item")
@DynamicUpdate
public class RectItemEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    public Long id;

    @Column(name = "finding_key", length = 400, nullable = false)
    public String findingKey;

    @Column(name = "finding_id", nullable = false)
    public long findingId;

    @Column(name = "notice_id", nullable = false)
    public long noticeId;

    @Column(name = "notice_number", length = 200, nullable = false)
    public String noticeNumber;

    @Column(name = "item_no", nullable = false)
    public int itemNo;

    @Column(name = "county_code", length = 6, nullable = false)
    public String countyCode;

    @Column(name = "rule", length = 32, nullable = false)
    public String rule;

    @Column(name = "household_id", length = 64)
    public String householdId;

    @Column(name = "case_id", length = 64)
    public String caseId;

    @Column(name = "id_number", length = 18)
    public String idNumber;

    @Column(name = "detail", length = 16000, nullable = false)
    public String detail;

    @Column(name = "detail_masked", length = 16000, nullable = false)
    public String detailMasked;

    @Column(name = "issued_on", nullable = false)
    public LocalDate issuedOn;

    @Column(name = "deadline", nullable = false)
    public LocalDate deadline;

    @Column(name = "state", length = 16, nullable = false)
    public String state;
}
