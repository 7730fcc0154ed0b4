package org.inspect.model;

import java.math.BigDecimal;

/**
 * One row of {@code standards.csv}: the value of an item for a county, or for {@code *} city-wide, with the row it
 * was read from ({@code null} when not known, e.g. a table built in code or a snapshot imported before sources were
 * kept).
 */
public record Standard(String countyCode, String item, BigDecimal value, StandardSource source) {

    public Standard(String countyCode, String item, BigDecimal value) {
        this(countyCode, item, value, null);
    }

    /** This row, read from {@code source}. */
    public Standard from(StandardSource where) {
        return new Standard(countyCode, item, value, where);
    }
}
