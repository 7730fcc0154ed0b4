package org.inspect.sampling;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A sampled case with what a field team needs to find and verify it (from the rolls of the run's snapshot) and
 * the inspectors assigned to it. Holds personal data: mask it before printing ({@code model/Masking}).
 */
public record SampledCase(String caseId, String householdId, String countyCode, String township, String village,
        String address, String headName, String headIdNumber, int members, String program, String decision,
        LocalDate decisionDate, BigDecimal monthlyBenefitYuan, String stratumKey, List<String> inspectorIds) {

    public SampledCase {
        inspectorIds = List.copyOf(inspectorIds);
    }
}
