package org.inspect.report.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inspect.report.DisclosureInput;
import org.inspect.report.DisclosureInput.Listing;
import org.inspect.report.DisclosureInput.Row;
import org.inspect.store.Database;
import org.inspect.store.RollReader;

/**
 * Assembles the public-notice lists (公示名单, clause 三（三）) of a snapshot by township: the current dibao and
 * tekun recipients (the household's latest dibao/tekun decision is an approval; the applicant is listed with
 * the household's size) and the registered poor people, placed in the township of the household they are a
 * member of. Registered poor people who are in no household of the rolls have no known township; they are
 * counted in {@link Lists#unplaced} and left out of the lists.
 */
public final class DisclosureData {

    private final Database db;

    public DisclosureData(Database db) {
        this.db = db;
    }

    /** The lists and the number of registered poor people that could not be placed in a township. */
    public record Lists(DisclosureInput input, int unplaced) {
    }

    /** The lists of snapshot {@code snapshotId}, of one township when {@code township} is not null. */
    public Lists assemble(long snapshotId, String township, CampaignSettings settings, boolean fullData) {
        List<Row> rows = new ArrayList<>();
        RollReader roll = new RollReader(db, snapshotId);
        recipients(roll, rows);
        int unplaced = registeredPoor(roll, rows);
        if (township != null) {
            rows.removeIf(r -> !township.equals(r.township()));
            if (rows.isEmpty()) {
                throw new org.inspect.error.NotFoundException("no township " + township
                        + " with listed people in this snapshot").localized("disclosure.noTownship", township);
            }
        }
        LocalDate start = settings.campaign().issueDate();
        LocalDate end = start.plusDays(Math.max(1, settings.disclosureDays()) - 1L);
        return new Lists(new DisclosureInput(settings.campaign(), start, end, settings.disclosureContact(), rows,
                fullData), township == null ? unplaced : 0);
    }

    /** Households whose latest dibao (or tekun) decision is an approval: the applicant of that case. */
    private static void recipients(RollReader roll, List<Row> rows) {
        record Latest(String program, String decision, LocalDate date, String applicant, String household) {
        }
        Map<String, Latest> latest = new HashMap<>();
        roll.forEachDecidedCase(dc -> {
            Latest l = new Latest(dc.program(), dc.decision(),
                    dc.decisionDate() == null ? LocalDate.MIN : dc.decisionDate(), dc.applicantIdNumber(),
                    dc.householdId());
            latest.merge(l.household() + "/" + l.program(), l, (a, b) -> b.date().isBefore(a.date()) ? a : b);
        });
        Map<String, String[]> households = new HashMap<>();
        Map<String, Integer> sizes = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        roll.forEachHouseholdPlace(h -> households.put(h.householdId(),
                new String[] {h.countyCode(), h.township(), h.village()}));
        roll.forEachMemberName(m -> {
            sizes.merge(m.householdId(), 1, Integer::sum);
            names.put(m.householdId() + "/" + m.idNumber(), m.name());
        });
        for (Latest l : latest.values()) {
            String[] h = households.get(l.household());
            if (!"APPROVED".equals(l.decision()) || h == null) {
                continue;
            }
            rows.add(new Row(h[0], h[1], h[2] == null ? "" : h[2], Listing.valueOf(l.program()),
                    names.getOrDefault(l.household() + "/" + l.applicant(), ""), l.applicant(),
                    sizes.getOrDefault(l.household(), 1)));
        }
    }

    /** Registered poor people placed by the household they belong to; returns how many could not be placed. */
    private static int registeredPoor(RollReader roll, List<Row> rows) {
        int[] unplaced = {0};
        String[] previous = {null};
        roll.forEachPoorPersonPlace(p -> {
            String id = p.idNumber();
            if (id.equals(previous[0])) {
                return; // a person in two households of the rolls is listed once
            }
            previous[0] = id;
            if (p.township() == null) {
                unplaced[0]++;
                return;
            }
            rows.add(new Row(p.countyCode(), p.township(), p.village() == null ? "" : p.village(),
                    Listing.REGISTERED_POOR, p.name(), id, p.poorHouseholdSize()));
        });
        return unplaced[0];
    }
}
