package org.inspect.model;

/** A member of the pool for random assignment ({@code inspectors.csv}); {@code countyCode} drives avoidance. */
public record Inspector(String inspectorId, String name, String unit, String countyCode, boolean active) {
}
