package org.inspect.store.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.inspect.model.*;

/** Hibernate mapping of table {@code member}: a {@link Member} row of one snapshot. */
@Entity
@Table(name = "member")
@IdClass(RowKey.class)
public class MemberEntity {

    @Id
    @Column(name = "snapshot_id")
    long snapshotId;

    @Id
    @Column(name = "source_line")
    long sourceLine;

    @Column(name = "household_id", length = 64)
    String householdId;

    @Column(name = "id_number", length = 18)
    String idNumber;

    @Column(name = "name", length = 100)
    String name;

    @Column(name = "relation", length = 16)
    String relation;

    @Column(name = "disability_grade")
    Integer disabilityGrade;

    @Column(name = "disability_type", length = 16)
    String disabilityType;

    @Column(name = "labour_capacity", length = 16)
    String labourCapacity;

    @Column(name = "serious_illness")
    boolean seriousIllness;

    @Column(name = "state_funded")
    boolean stateFunded;

    protected MemberEntity() {
    }

    public MemberEntity(long snapshotId, long sourceLine, Member m) {
        this.snapshotId = snapshotId;
        this.sourceLine = sourceLine;
        this.householdId = m.householdId();
        this.idNumber = m.idNumber().value();
        this.name = m.name();
        this.relation = m.relation() == null ? null : m.relation().name();
        this.disabilityGrade = m.disabilityGrade();
        this.disabilityType = m.disabilityType() == null ? null : m.disabilityType().name();
        this.labourCapacity = m.labourCapacity() == null ? null : m.labourCapacity().name();
        this.seriousIllness = m.seriousIllness();
        this.stateFunded = m.stateFunded();
    }

    public Member toModel() {
        return new Member(householdId,
                IdNumber.parse(idNumber),
                name,
                relation == null ? null : Relation.valueOf(relation),
                disabilityGrade,
                disabilityType == null ? null : DisabilityType.valueOf(disabilityType),
                labourCapacity == null ? null : LabourCapacity.valueOf(labourCapacity),
                seriousIllness,
                stateFunded);
    }

    public long sourceLine() {
        return sourceLine;
    }

    public String householdId() {
        return householdId;
    }
}
