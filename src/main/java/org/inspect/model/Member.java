package org.inspect.model;

/**
 * A person in a household ({@code members.csv}). {@code disabilityGrade} is 1–4 (1 most severe) or
 * {@code null} for none; {@code disabilityType} is {@code null} for none.
 */
public record Member(String householdId, IdNumber idNumber, String name, Relation relation,
        Integer disabilityGrade, DisabilityType disabilityType, LabourCapacity labourCapacity,
        boolean seriousIllness, boolean stateFunded) {
}
