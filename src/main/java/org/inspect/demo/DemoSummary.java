package org.inspect.demo;

import java.time.LocalDate;
import java.util.Map;
import org.inspect.model.Criterion;
import org.inspect.model.Rule;

/**
 * What a demo run wrote: data rows per interchange file (header excluded), findings in the answer key per
 * rule and per exclusion criterion, how many units carry a planted anomaly, and how many key rows came from
 * units that were meant to be clean (always 0 unless the generator has a bug). {@code referenceDate} is the
 * date the check job must use for this snapshot.
 */
public record DemoSummary(LocalDate referenceDate, Map<String, Long> rowsPerFile, Map<Rule, Integer> plantedPerRule,
        Map<Criterion, Integer> plantedPerCriterion, int plantedUnits, int unplannedFindings) {

    /** Total rows of the answer key. */
    public int plantedFindings() {
        return plantedPerRule.values().stream().mapToInt(Integer::intValue).sum() + unplannedFindings;
    }
}
