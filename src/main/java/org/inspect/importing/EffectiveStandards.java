package org.inspect.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.inspect.model.Standard;
import org.inspect.model.StandardItem;
import org.inspect.model.StandardSource;
import org.inspect.model.Standards;
import org.inspect.store.Database;
import org.inspect.store.RollReader;

/**
 * The effective standards of a snapshot as stored at its import, spelled out for each county: every item's value
 * for the county, whether the county's own row or the city-wide {@code *} row gives it, and where that row was
 * read (the data folder's file and line, or the shipped {@code config/standards.csv}).
 */
public final class EffectiveStandards {

    /** One value in force for a county; {@code source} is null for a snapshot imported before sources were kept. */
    public record Entry(String countyCode, String item, BigDecimal value, String fromCounty, StandardSource source) {
    }

    private EffectiveStandards() {
    }

    /**
     * The values in force, county by county (the snapshot's counties and any county with a row of its own, in code
     * order), items in code order; {@code *} first with the city-wide rows.
     */
    public static List<Entry> of(Database db, long snapshotId) {
        RollReader reader = new RollReader(db, snapshotId);
        Standards standards = reader.standards();
        TreeSet<String> items = new TreeSet<>();
        TreeSet<String> counties = new TreeSet<>(reader.counties());
        for (Standard s : standards.rows()) {
            items.add(s.item());
            if (!StandardItem.CITY_WIDE.equals(s.countyCode())) {
                counties.add(s.countyCode());
            }
        }
        List<Entry> out = new ArrayList<>();
        List<String> order = new ArrayList<>();
        order.add(StandardItem.CITY_WIDE);
        order.addAll(counties);
        for (String county : order) {
            for (String item : items) {
                standards.find(county, item).ifPresent(v -> out.add(new Entry(county, item, v.value(), v.fromCounty(),
                        v.source())));
            }
        }
        return out;
    }
}
