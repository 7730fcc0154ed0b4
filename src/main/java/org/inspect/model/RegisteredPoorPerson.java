package org.inspect.model;

/** A person on the poverty office's roll of registered poor households ({@code registered_poor.csv}). */
public record RegisteredPoorPerson(String poorHouseholdId, String idNumber, String name, String countyCode,
        PovertyStatus status, String povertyCause) {
}
