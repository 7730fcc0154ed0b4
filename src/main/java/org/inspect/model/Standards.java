package org.inspect.model;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** The standards table, looked up county row first, then the city-wide {@code *} row. */
public final class Standards {

    /**
     * A looked-up value and the row it came from (county or {@code *}, and the file and line of that row when
     * known), so evidence can name it.
     */
    public record Value(BigDecimal value, String item, String fromCounty, StandardSource source) {

        public Value(BigDecimal value, String item, String fromCounty) {
            this(value, item, fromCounty, null);
        }
    }

    private final Map<String, Standard> byKey = new java.util.TreeMap<>();
    /** The same rows for lookups (the check looks up several items per household). */
    private final Map<String, Standard> lookup = new java.util.HashMap<>();
    /**
     * Lookups already answered, by county then item: a province's check asks a few items per household of a few
     * dozen counties, and building the key and the value for each was a measurable share of it (issue 25).
     */
    private final Map<String, Map<String, Optional<Value>>> found = new java.util.concurrent.ConcurrentHashMap<>();

    /** Builds the table; a later row for the same county and item replaces an earlier one. */
    public Standards(Collection<Standard> standards) {
        for (Standard s : standards) {
            byKey.put(key(s.countyCode(), s.item()), s);
            lookup.put(key(s.countyCode(), s.item()), s);
        }
    }

    /** Every row, ordered by county code then item. */
    public java.util.List<Standard> rows() {
        return java.util.List.copyOf(byKey.values());
    }

    private static String key(String county, String item) {
        return county + '|' + item;
    }

    /** The value for the county, falling back to {@code *}; empty when neither row exists. */
    public Optional<Value> find(String countyCode, String item) {
        if (countyCode == null || item == null) {
            return lookUp(countyCode, item);
        }
        Map<String, Optional<Value>> county = found.computeIfAbsent(countyCode,
                c -> new java.util.concurrent.ConcurrentHashMap<>());
        Optional<Value> v = county.get(item);
        if (v == null) {
            v = lookUp(countyCode, item);
            county.put(item, v);
        }
        return v;
    }

    private Optional<Value> lookUp(String countyCode, String item) {
        Standard s = lookup.get(key(countyCode, item));
        if (s != null) {
            return Optional.of(new Value(s.value(), item, countyCode, s.source()));
        }
        s = lookup.get(key(StandardItem.CITY_WIDE, item));
        return s == null ? Optional.empty() : Optional.of(new Value(s.value(), item, StandardItem.CITY_WIDE, s.source()));
    }

    /**
     * The value for the county, falling back to {@code *}.
     *
     * @throws MissingStandardException naming the county and the item when neither row exists
     */
    public Value get(String countyCode, String item) {
        return find(countyCode, item).orElseThrow(() -> new MissingStandardException(countyCode, item));
    }

    /** Thrown when a needed standard has neither a county row nor a {@code *} row. */
    public static final class MissingStandardException extends RuntimeException {
        private final String countyCode;
        private final String item;

        public MissingStandardException(String countyCode, String item) {
            super("no standard " + item + " for county " + countyCode + " and no city-wide (*) default");
            this.countyCode = countyCode;
            this.item = item;
        }

        public String countyCode() {
            return countyCode;
        }

        public String item() {
            return item;
        }
    }
}
