package org.inspect.model;

import java.math.BigDecimal;

/** An item of household property ({@code assets.csv}); {@code necessary} means needed for production or daily life. */
public record Asset(String householdId, AssetType type, BigDecimal valueYuan, boolean necessary, String description) {
}
