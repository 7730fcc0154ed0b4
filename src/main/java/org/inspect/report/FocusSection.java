package org.inspect.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The report's 集中救助 section (clause 二（三）) and its focus groups (clause 四（二）一): per county the approved
 * temporary-assistance decisions of March of the campaign year, how many went to registered poor households and
 * the amount paid; and per county the size of each focus group, and, when a household sample of the snapshot
 * exists, how many of its households were sampled, visited and found eligible.
 *
 * @param driveJudgeable whether March is over at the check's reference date {@code asOf}; before, nothing is judged
 * @param householdSample the household sample run the sampled, visited and eligible counts come from, or null
 */
public record FocusSection(int driveYear, LocalDate asOf, boolean driveJudgeable, List<Drive> drives,
        List<Groups> groups, Long householdSample, String householdPlan) {

    public FocusSection {
        drives = List.copyOf(drives);
        groups = List.copyOf(groups);
    }

    /** A county's March drive; {@code withAmount} of the decisions give an amount, summed in {@code amountYuan}. */
    public record Drive(String countyCode, int march, int marchRegisteredPoor, BigDecimal amountYuan, int withAmount,
            boolean fired) {
    }

    /** A county's focus groups; a household in several groups counts in each and once in {@code households}. */
    public record Groups(String countyCode, int uncoveredPoor, int marginal, int severe, int households, int sampled,
            int visited, int eligible) {
    }
}
