package org.inspect.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;

import org.inspect.model.Asset;

/**
 * The household's own property against the limits of rules.md section 2 (clause 四（三）). Obligors' property
 * never counts. {@code financialLimitPerCapita} is {@code null} when the household has no deposits or securities.
 */
public record PropertyCheck(BigDecimal financialTotal, BigDecimal financialPerCapita,
        BigDecimal financialLimitPerCapita, List<Defect> defects) {

    /**
     * One way the property exceeds the limits: the asset (or {@code null} for the financial total) and why, worded
     * when asked (a finding's evidence), not for every household a check reads.
     */
    public record Defect(Asset asset, Supplier<String> wording) {
        public String reason() {
            return wording.get();
        }
    }

    public boolean withinLimits() {
        return defects.isEmpty();
    }
}
