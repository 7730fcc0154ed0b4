package org.inspect.compare;

/**
 * Coverage of one county: registered poor households not lifted, how many are covered, how many have an uncovered
 * match and how many match no civil-affairs household. A poor household is counted in the county of its
 * civil-affairs household (the lowest county code when it is split over counties), an unmatched one in its own.
 */
public record CountyCoverage(String countyCode, long registered, long covered, long uncoveredMatched,
        long unmatched) {

    /** covered / registered, 1 when nobody is registered. */
    public double rate() {
        return registered == 0 ? 1.0 : (double) covered / registered;
    }
}
