package org.inspect.model;

import java.math.BigDecimal;

/** One row of {@code standards.csv}: the value of an item for a county, or for {@code *} city-wide. */
public record Standard(String countyCode, String item, BigDecimal value) {
}
