package org.inspect.model;

import java.math.BigDecimal;

/** Yearly expenditure that may be deducted from income ({@code deductions.csv}), clause 四（三）. */
public record Deduction(String householdId, DeductionType type, BigDecimal amountYuan) {
}
