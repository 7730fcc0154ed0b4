package org.inspect.model;

import java.util.Map;

/**
 * One finding of the check job: what rule fired about which household, case or person, with a Chinese
 * {@code detail} sentence a county officer can check and structured {@code evidence} (ordered name → value
 * pairs: per-capita income and its parts, the standard and its county row, obligors, property, defects,
 * matched words) so the arithmetic can be redone. {@code criterion} is set for {@link Rule#ILLEGAL_EXCLUSION}
 * only. Which of household, case and id number are set per rule is tabled in rules.md section 6.
 */
public record Finding(Rule rule, Criterion criterion, String countyCode, String householdId, String caseId,
        String idNumber, Severity severity, String clause, String detail, Map<String, String> evidence) {

    /** A finding with the rule's own severity and clause. */
    public static Finding of(Rule rule, Criterion criterion, String countyCode, String householdId, String caseId,
            String idNumber, String detail, Map<String, String> evidence) {
        return new Finding(rule, criterion, countyCode, householdId, caseId, idNumber, rule.severity(),
                rule.clause(), detail, evidence);
    }
}
