package org.inspect.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;

import org.inspect.model.Deduction;
import org.inspect.model.Income;
import org.inspect.model.Obligor;
import org.inspect.model.Standards;

/**
 * A household's income by rules.md section 1 (clause 四（三）), with every part kept for evidence:
 * net = max(0, Σ items + Σ support − Σ deductions); per-capita = net ÷ members (rounded to fen for display;
 * eligibility compares net with standard × members exactly).
 */
public record HouseholdIncome(List<Item> items, BigDecimal itemTotal, List<Support> supports,
        BigDecimal supportTotal, List<Deduction> deductions, BigDecimal deductionTotal, BigDecimal net,
        int members, BigDecimal perCapita, Standards.Value dibaoStandard) {

    /**
     * One income row and what it counts: {@link #basis} says how (amount given, quantity × standard, exempt). The
     * sentence is worded when asked, for a finding's evidence, not for every household a check reads (issue 25).
     */
    public record Item(Income income, BigDecimal amount, Supplier<String> wording) {
        public String basis() {
            return wording.get();
        }
    }

    /**
     * What one obligor row contributes. {@code perCapitaIncome} is {@code null} when a legal document fixes
     * the amount; {@code able} is the obligor's ability to support (court amount &gt; 0, or per-capita income at
     * least {@code twiceStandard}); {@link #basis} is the Chinese explanation, worded when asked.
     */
    public record Support(Obligor obligor, BigDecimal perCapitaIncome, BigDecimal twiceStandard, boolean able,
            BigDecimal amount, Supplier<String> wording) {
        public String basis() {
            return wording.get();
        }
    }

    /** Whether per-capita income is strictly below the dibao standard (rules.md 3), compared exactly. */
    public boolean belowStandard() {
        return net.compareTo(dibaoStandard.value().multiply(BigDecimal.valueOf(members))) < 0;
    }
}
