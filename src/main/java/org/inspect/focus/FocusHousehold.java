package org.inspect.focus;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A household in one or more focus groups, with the figures that place it there: per-capita income against
 * the dibao standard and the margin limit, whether its property is within limits, the registered poor
 * households it matches, and the seriously ill or severely disabled members (name and what they have).
 */
public record FocusHousehold(String householdId, String countyCode, String township, String village,
        String address, String headName, String headIdNumber, int members, Set<FocusGroup> groups,
        BigDecimal perCapitaIncome, BigDecimal dibaoStandard, BigDecimal marginLimit, boolean propertyWithinLimits,
        List<String> propertyDefects, List<String> poorHouseholdIds, List<Person> severe, List<String> incomeItems,
        List<String> assets) {

    public FocusHousehold {
        groups = Set.copyOf(groups);
        propertyDefects = List.copyOf(propertyDefects);
        poorHouseholdIds = List.copyOf(poorHouseholdIds);
        severe = List.copyOf(severe);
        incomeItems = List.copyOf(incomeItems);
        assets = List.copyOf(assets);
    }

    /** A seriously ill or severely disabled member: name, identity number and what places them (重病, 肢体一级…). */
    public record Person(String name, String idNumber, String what) {
    }

    /** The groups in declaration order. */
    public List<FocusGroup> groupList() {
        return java.util.Arrays.stream(FocusGroup.values()).filter(groups::contains).toList();
    }
}
