package org.inspect.compare;

/** A household covered by dibao or tekun none of whose members is on the registered-poor roll. */
public record Recipient(String householdId, String countyCode, String township, String village, String programs,
        String headIdNumber, String headName, int members) {
}
