package org.inspect.compare;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A registered poor household and a civil-affairs household that share at least one member identity number,
 * with what the data says about the civil-affairs household: coverage, computed eligibility, its latest refusal
 * or termination and whether any refusal has a written conclusion filed on record. Identity numbers are full.
 */
public record Match(String poorHouseholdId, String householdId, String countyCode, String township, String village,
        String poorCountyCode, boolean notLifted, boolean covered, String programs, boolean filedConclusion,
        Boolean dibaoEligible, BigDecimal perCapitaIncome, List<String> tekunEligible, List<String> matchedIds,
        List<String> matchedNames, Refusal refusal) {

    public Match {
        tekunEligible = List.copyOf(tekunEligible);
        matchedIds = List.copyOf(matchedIds);
        matchedNames = List.copyOf(matchedNames);
    }

    /** The latest REJECTED or TERMINATED dibao or tekun case of the household, by decision date. */
    public record Refusal(String caseId, String program, String decision, LocalDate decisionDate, String reason,
            boolean filed) {
    }

    /** On the uncovered list: the poor household is not lifted and this civil-affairs household is not covered. */
    public boolean uncovered() {
        return notLifted && !covered;
    }

    /**
     * What rule UNCOVERED_REGISTERED_POOR reports for this household: uncovered and no refusal of the household
     * has a written conclusion filed on record (clause 二（二）).
     */
    public boolean uncoveredWithoutConclusion() {
        return uncovered() && !filedConclusion;
    }
}
