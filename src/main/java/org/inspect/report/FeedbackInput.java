package org.inspect.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The compare feedback form (比对结果反馈表, clause 二（一）): per county, the coverage of registered poor households
 * by dibao and tekun and the households to look at, for printing. Names and identity numbers are masked unless
 * {@code fullData}. {@code againstLabel} is the earlier snapshot of a month-on-month comparison, or null.
 */
public record FeedbackInput(Campaign campaign, String snapshotLabel, String againstLabel, long runId,
        List<Coverage> coverage, List<Row> rows, boolean fullData) {

    public FeedbackInput {
        coverage = List.copyOf(coverage);
        rows = List.copyOf(rows);
    }

    /** One county's coverage: not-lifted registered poor households, covered, uncovered matched, unmatched. */
    public record Coverage(String countyCode, long registered, long covered, long uncoveredMatched, long unmatched) {
        public double rate() {
            return registered == 0 ? 1.0 : (double) covered / registered;
        }
    }

    /** Which list of the form a row is on, in printing order. */
    public enum Listing {
        UNCOVERED, UNMATCHED, SPLIT, DIBAO_TERMINATED, NEWLY_UNCOVERED, NEWLY_COVERED, LEFT_ROLL, JOINED_ROLL
    }

    /**
     * One listed household: the poor household, the civil-affairs household (may be empty), its people, and two
     * free notes ({@code facts}: what the data says; {@code conclusion}: the written conclusion on file, if any).
     */
    public record Row(Listing listing, String countyCode, String township, String poorHouseholdId,
            String householdId, List<String> names, List<String> idNumbers, String facts, String conclusion,
            LocalDate date) {

        public Row {
            names = List.copyOf(names);
            idNumbers = List.copyOf(idNumbers);
        }
    }
}
