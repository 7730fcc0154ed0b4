package org.inspect.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.inspect.rules.TemporaryDrive;
import org.inspect.store.Database;
import org.inspect.store.RollReader;

/**
 * Tallies a snapshot's approved temporary-assistance cases (program TEMPORARY) by county and month of decision,
 * for rule NO_TEMPORARY_DRIVE and the report's 集中救助 section. A case goes to a registered poor household when
 * a member of its household is on the registered-poor roll, not lifted. The one-off amount is the case's
 * {@code monthly_benefit_yuan} (data-format.md: for TEMPORARY it carries the amount paid once). The rows come
 * from {@link RollReader#forEachTemporaryCase}.
 */
public final class TemporaryCases {

    private final Database db;

    public TemporaryCases(Database db) {
        this.db = db;
    }

    /**
     * The tally of every county in {@code counties} (a county without a decision gets an empty tally), for the
     * cases decided from {@code from} to {@code to}, both included.
     */
    public Map<String, TemporaryDrive> tally(long snapshotId, Collection<String> counties, LocalDate from,
            LocalDate to) {
        Map<String, Map<YearMonth, TemporaryDrive.Month>> months = new HashMap<>();
        counties.forEach(c -> months.put(c, new TreeMap<>()));
        if (!from.isAfter(to)) {
            read(snapshotId, from, to, months);
        }
        Map<String, TemporaryDrive> out = new TreeMap<>();
        months.forEach((county, m) -> out.put(county, new TemporaryDrive(county, new TreeMap<>(m))));
        return out;
    }

    private void read(long snapshotId, LocalDate from, LocalDate to,
            Map<String, Map<YearMonth, TemporaryDrive.Month>> months) {
        new RollReader(db, snapshotId).forEachTemporaryCase(from, to, row -> {
            YearMonth m = YearMonth.from(row.decisionDate());
            BigDecimal amount = row.amount();
            months.computeIfAbsent(row.countyCode(), k -> new TreeMap<>())
                    .merge(m, TemporaryDrive.Month.NONE.plus(row.registeredPoor(), amount),
                            (a, b) -> a.plus(b.registeredPoor() == 1, amount));
        });
    }
}
