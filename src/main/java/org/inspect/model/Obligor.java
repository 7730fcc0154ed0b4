package org.inspect.model;

import java.math.BigDecimal;

/**
 * A legal supporter living outside the household ({@code obligors.csv}). {@code supportedIdNumber} is
 * {@code null} when the whole household is supported; {@code courtOrderedYuan} is {@code null} when no
 * legal document fixes the support.
 */
public record Obligor(String householdId, String supportedIdNumber, String obligorIdNumber, String obligorName,
        Relation relation, int obligorHouseholdSize, BigDecimal obligorHouseholdIncomeYuan,
        BigDecimal courtOrderedYuan) {
}
