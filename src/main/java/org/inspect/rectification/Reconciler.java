package org.inspect.rectification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inspect.check.FindingStore;
import org.inspect.check.job.CriteriaConfig;
import org.inspect.config.Settings;
import org.inspect.model.AssistanceCase;
import org.inspect.model.Finding;
import org.inspect.model.HouseholdFile;
import org.inspect.model.Rule;
import org.inspect.rules.EligibilityEngine;
import org.inspect.store.Database;
import org.inspect.store.RollReader;
import org.inspect.store.Snapshots;

/**
 * Checks each open item's fix against a newer snapshot (issue 11): re-assesses the household of every open item
 * with the same eligibility engine the check uses and records, as an event on the item, whether the finding is
 * gone (数据已整改, with the household's cases as the rolls now show them), still there (仍存在, with the new
 * arithmetic) or the household has left the rolls. The state stays; closing remains the team's decision, except
 * that {@code acceptFixed} accepts every response "已整改" the rolls confirm.
 */
public final class Reconciler {

    private final Database db;
    private final Rectification rectification;
    private final Settings settings;

    /** Reconciles through {@code rectification}, reading reasons with the word list of {@code settings}. */
    public Reconciler(Database db, Rectification rectification, Settings settings) {
        this.db = db;
        this.rectification = rectification;
        this.settings = settings;
    }

    /** What a reconcile found: items per outcome, responses the rolls contradict, items closed, items not checkable. */
    public record Result(String snapshot, Map<Outcome, List<Long>> found, List<Long> contradicted, List<Long> accepted,
            List<Long> notCheckable) {
    }

    public Result reconcile(String snapshotLabel, LocalDate asOf, boolean acceptFixed) {
        long snapshotId = new Snapshots(db).activeId(snapshotLabel);
        RollReader rolls = new RollReader(db, snapshotId);
        EligibilityEngine engine = new EligibilityEngine(rolls.standards(), CriteriaConfig.load(settings), asOf);
        Observed observed = new Observed(snapshotLabel);
        for (Map.Entry<String, Map<String, List<Rectification.Row>>> county : openItems(asOf, observed).entrySet()) {
            Map<String, List<Rectification.Row>> households = county.getValue();
            Set<String> seen = reassess(rolls, engine, county.getKey(), households, observed);
            households.forEach((household, rows) -> {
                if (!seen.contains(household)) {
                    observed.left(rows);
                }
            });
        }
        List<Long> accepted = new ArrayList<>(rectification.recordAll(observed.observations,
                acceptFixed ? observed.confirmed : List.of(), "名册比对确认已整改（" + snapshotLabel + "）"));
        return new Result(snapshotLabel, observed.found, observed.contradicted, accepted, observed.notCheckable);
    }

    /**
     * The open items to check, by county and household; an item of no household cannot be checked against the
     * rolls and is noted so.
     */
    private Map<String, Map<String, List<Rectification.Row>>> openItems(LocalDate asOf, Observed observed) {
        Map<String, Map<String, List<Rectification.Row>>> byCountyHousehold = new LinkedHashMap<>();
        for (Rectification.Row row : rectification.list(new Rectification.Filter(null, null, false, asOf))) {
            Item i = row.item();
            if (!i.state().open()) {
                continue;
            }
            if (i.householdId() == null) {
                observed.notCheckable.add(i.id());
                continue;
            }
            byCountyHousehold.computeIfAbsent(i.countyCode(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(i.householdId(), k -> new ArrayList<>()).add(row);
        }
        return byCountyHousehold;
    }

    /**
     * Re-assesses the county's households of {@code households} that the rolls still hold and observes each of their
     * items: the finding still there or gone. Returns the households found.
     */
    private static Set<String> reassess(RollReader rolls, EligibilityEngine engine, String county,
            Map<String, List<Rectification.Row>> households, Observed observed) {
        Set<String> seen = new HashSet<>();
        try (RollReader.HouseholdCursor cursor = rolls.openHouseholds(county, null, households::containsKey)) {
            while (cursor.hasNext()) {
                HouseholdFile file = cursor.next();
                String hh = file.household().householdId();
                seen.add(hh);
                Map<String, Finding> now = new HashMap<>();
                engine.assess(file).findings().forEach(f -> now.put(FindingStore.key(f), f));
                for (Rectification.Row row : households.get(hh)) {
                    observed.reassessed(row, now.get(row.item().findingKey()), file);
                }
            }
        }
        return seen;
    }

    /** What a reconcile notes as it goes, to record at the end in one transaction. */
    private static final class Observed {
        private final String snapshotLabel;
        private final Map<Outcome, List<Long>> found = new LinkedHashMap<>();
        private final List<Long> contradicted = new ArrayList<>();
        private final List<Long> confirmed = new ArrayList<>();
        private final List<Long> notCheckable = new ArrayList<>();
        private final List<Rectification.Observation> observations = new ArrayList<>();

        Observed(String snapshotLabel) {
            this.snapshotLabel = snapshotLabel;
        }

        /** An item of a household the rolls still hold: its finding {@code still} there, or gone (null). */
        void reassessed(Rectification.Row row, Finding still, HouseholdFile file) {
            Outcome o = still != null ? Outcome.PRESENT : Outcome.FIXED;
            String note = snapshotLabel + " 名册：" + (still != null ? "问题仍存在：" + still.detail()
                    : "问题已消除；" + cases(file));
            observe(row, o, note);
            if (o == Outcome.FIXED && row.item().state() == State.RESPONDED && row.claim() == Outcome.CLAIMED_FIXED) {
                confirmed.add(row.item().id());
            }
        }

        /** The items of a household no longer on the rolls. */
        void left(List<Rectification.Row> rows) {
            for (Rectification.Row row : rows) {
                if (row.item().rule().equals(Rule.UNCOVERED_REGISTERED_POOR.name())) {
                    // a registered-poor household matching no civil-affairs household: its id is the poor
                    // household's, not one of the rolls, so the rolls cannot say whether it was fixed
                    notCheckable.add(row.item().id());
                    continue;
                }
                observe(row, Outcome.LEFT, snapshotLabel + " 名册：该户已不在名册中");
            }
        }

        /** Notes what the rolls show for an item; everything noted is recorded at the end, in one transaction. */
        private void observe(Rectification.Row row, Outcome o, String note) {
            observations.add(new Rectification.Observation(row.item().id(), o, note));
            found.computeIfAbsent(o, k -> new ArrayList<>()).add(row.item().id());
            if (o == Outcome.PRESENT && row.item().state() == State.RESPONDED
                    && row.claim() == Outcome.CLAIMED_FIXED) {
                contradicted.add(row.item().id());
            }
        }
    }

    /** The household's cases as the rolls now show them, newest decision first (at most three). */
    private static String cases(HouseholdFile file) {
        List<AssistanceCase> cases = new ArrayList<>(file.cases());
        cases.sort(Comparator.comparing((AssistanceCase c) -> c.decisionDate() == null ? LocalDate.MIN
                : c.decisionDate()).reversed().thenComparing(AssistanceCase::caseId));
        List<String> parts = new ArrayList<>();
        for (AssistanceCase c : cases.subList(0, Math.min(3, cases.size()))) {
            // in words (低保 批准), as the rest of the note: the note is read in the terminal and the bulletin
            parts.add("案件 " + c.caseId() + " " + c.program().chinese() + " " + c.decision().chinese()
                    + (c.decisionDate() == null ? "" : " " + c.decisionDate()));
        }
        return parts.isEmpty() ? "该户无案件" : String.join("；", parts);
    }
}
