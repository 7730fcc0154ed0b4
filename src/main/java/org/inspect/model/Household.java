package org.inspect.model;

/** A household known to civil affairs ({@code households.csv}). */
public record Household(String householdId, String countyCode, String township, String village,
        String headIdNumber, String address) {
}
