package org.inspect.rules;

import java.util.List;
import java.util.Map;

import org.inspect.model.Finding;

/**
 * What the engine found about one household: its income and property figures, dibao eligibility, tekun
 * eligibility of each member (by identity number, in member order), coverage, and the findings of all rules.
 */
public record Assessment(String householdId, HouseholdIncome income, PropertyCheck property, boolean dibaoEligible,
        Map<String, TekunEligibility> tekun, boolean covered, List<Finding> findings) {
}
