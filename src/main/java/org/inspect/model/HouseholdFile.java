package org.inspect.model;

import java.util.List;

/**
 * Everything the rolls hold about one household, loaded together for the eligibility engine:
 * its members, income items, deductions, property, obligors, cases, and the registered-poor rows whose
 * identity numbers match its members.
 */
public record HouseholdFile(Household household, List<Member> members, List<Income> incomes,
        List<Deduction> deductions, List<Asset> assets, List<Obligor> obligors, List<AssistanceCase> cases,
        List<RegisteredPoorPerson> registeredPoor) {
}
