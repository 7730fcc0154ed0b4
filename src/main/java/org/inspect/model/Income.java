package org.inspect.model;

import java.math.BigDecimal;

/**
 * A yearly income item ({@code incomes.csv}). Either {@code amountYuan} is given, or {@code quantity}
 * (mu of land, or months of migrant work) and, for crops, {@code item}, so that the amount follows from
 * the county standard. {@code idNumber} is the earning member, or {@code null}.
 */
public record Income(String householdId, String idNumber, IncomeType type, BigDecimal amountYuan,
        BigDecimal quantity, String item) {
}
