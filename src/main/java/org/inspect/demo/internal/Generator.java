package org.inspect.demo.internal;

import java.util.ArrayList;
import java.util.List;
import org.inspect.demo.internal.People.Health;
import org.inspect.model.AssistanceCase;
import org.inspect.model.Criterion;
import org.inspect.model.Decision;
import org.inspect.model.Member;
import org.inspect.model.PovertyStatus;
import org.inspect.model.Program;

/**
 * Builds one unit of the demo city for its scenario. {@code round} counts earlier units of the same planted
 * scenario, so that variants (criteria, procedure defects, flags) take turns and a small city still shows
 * each of them.
 */
final class Generator {

    private static final List<String> CAUSES = List.of("因病", "因残", "缺劳力", "缺技术", "因学", "缺资金");
    private static final List<Criterion> CRITERIA = List.of(Criterion.values());

    private final Oracle oracle;
    private final People people;
    private final Money money;
    private final Procedure procedure;

    Generator(Oracle oracle, People people, Money money, Procedure procedure) {
        this.oracle = oracle;
        this.people = people;
        this.money = money;
        this.procedure = procedure;
    }

    Procedure procedure() {
        return procedure;
    }

    Draft generate(Rnd r, int index, Scenario s, int round) {
        Draft d = placed(r, index, s);
        switch (s) {
            case NON_POOR, NON_POOR_LAWFUL_REFUSAL, DIBAO, TEKUN, POOR_REFUSED_FILED, POOR_LIFTED, POOR_ONLY_LIFTED ->
                    background(r, d, s);
            case MISSED_DIBAO_NO_CASE, MISSED_DIBAO_WRONGLY_REFUSED, MISSED_DIBAO_POOR_TERMINATED, MISSED_TEKUN_ELDERLY,
                    MISSED_TEKUN_ORPHANS, MISSED_TEKUN_DISABLED -> missed(r, d, s, round);
            case IMPROPER_INCOME, IMPROPER_CAR, IMPROPER_HOUSE, IMPROPER_DEPOSIT, IMPROPER_TEKUN_ABLE,
                    IMPROPER_TEKUN_SUPPORTED -> improper(r, d, s, round);
            case PROCEDURE_DIBAO, PROCEDURE_TEKUN -> procedureViolation(r, d, s, round);
            case ILLEGAL_EXCLUSION_ELIGIBLE, ILLEGAL_EXCLUSION_NOT_ELIGIBLE, ILLEGAL_EXCLUSION_COMBINED,
                    ILLEGAL_EXCLUSION_TEKUN, NO_WRITTEN_CONCLUSION -> refusedUnlawfully(r, d, s, round);
            case UNCOVERED_POOR_MATCHED, UNCOVERED_POOR_ELIGIBLE, UNCOVERED_POOR_UNMATCHED ->
                    uncoveredPoor(r, d, s, round);
            default -> throw new IllegalStateException("no builder for " + s);
        }
        return d;
    }

    /** A household of the scenario, placed in a county, township and village with an address. */
    private static Draft placed(Rnd r, int index, Scenario s) {
        Draft d = new Draft(index, s, Places.county(r));
        d.township = Places.township(r, d.countyCode);
        d.village = Places.village(r, d.countyCode, d.township);
        d.address = d.township + d.village + r.between(1, 260) + "号";
        return d;
    }

    /** The clean scenarios: no finding. */
    private void background(Rnd r, Draft d, Scenario s) {
        switch (s) {
            case NON_POOR -> nonPoor(r, d);
            case NON_POOR_LAWFUL_REFUSAL -> lawfulRefusal(r, d);
            case DIBAO -> dibao(r, d);
            case TEKUN -> tekun(r, d);
            case POOR_REFUSED_FILED -> {
                overStandard(r, d, 1.15, 1.6);
                d.register(PovertyStatus.NOT_LIFTED, r.pick(CAUSES));
                refuse(r, d, Program.DIBAO, r.pick(Reasons.INCOME_OVER), true, true);
            }
            case POOR_LIFTED -> {
                people.anyFamily(r, d);
                money.compose(r, d, 1.3, 2.5);
                money.ampleAssets(r, d);
                d.register(PovertyStatus.LIFTED, r.pick(CAUSES));
            }
            case POOR_ONLY_LIFTED -> onThePovertyRollOnly(r, d, PovertyStatus.LIFTED);
            default -> throw new IllegalStateException("no builder for " + s);
        }
    }

    /** MISSED_DIBAO and MISSED_TEKUN: eligible, and not (or not fully) covered. */
    private void missed(Rnd r, Draft d, Scenario s, int round) {
        switch (s) {
            case MISSED_DIBAO_NO_CASE -> eligibleWithWorker(r, d);
            case MISSED_DIBAO_WRONGLY_REFUSED -> {
                eligibleWithWorker(r, d);
                refuse(r, d, Program.DIBAO, r.pick(Reasons.INCOME_OVER), true, true);
            }
            case MISSED_DIBAO_POOR_TERMINATED -> {
                eligibleWithWorker(r, d);
                d.register(PovertyStatus.NOT_LIFTED, r.pick(CAUSES));
                boolean filed = round % 3 != 2;
                d.cases.add(procedure.refused(r, d, Program.DIBAO, d.head(), Decision.TERMINATED,
                        procedure.decisionDate(r), r.pick(Reasons.TERMINATION), filed, filed));
            }
            case MISSED_TEKUN_ELDERLY -> {
                people.elderlyAlone(r, d, 65, 88, Health.BACKGROUND);
                poorWithoutSupporter(r, d);
                approve(r, d, Program.DIBAO, d.head());
            }
            case MISSED_TEKUN_ORPHANS -> {
                people.grandparentAndGrandchildren(r, d);
                money.compose(r, d, 0.4, 0.75);
                money.modestAssets(r, d);
                approve(r, d, Program.DIBAO, d.head());
            }
            case MISSED_TEKUN_DISABLED -> {
                people.disabledWithParent(r, d);
                poorWithoutSupporter(r, d);
                approve(r, d, Program.DIBAO, d.head());
                refuse(r, d, Program.TEKUN, d.members.get(1), Reasons.HAS_SUPPORTER, true, true);
            }
            default -> throw new IllegalStateException("no builder for " + s);
        }
    }

    /** IMPROPER_INCLUSION: covered though the income, the property or a supporter rules it out. */
    private void improper(Rnd r, Draft d, Scenario s, int round) {
        switch (s) {
            case IMPROPER_INCOME -> {
                people.poorFamilyWithWorker(r, d);
                money.compose(r, d, 1.15, 1.6);
                money.modestAssets(r, d);
                approve(r, d, Program.DIBAO, d.head());
            }
            case IMPROPER_CAR, IMPROPER_HOUSE, IMPROPER_DEPOSIT -> {
                eligibleWithWorker(r, d);
                if (s == Scenario.IMPROPER_CAR) {
                    money.ownCar(r, d);
                } else if (s == Scenario.IMPROPER_HOUSE) {
                    money.secondHouse(r, d);
                } else {
                    money.depositsOverLimit(r, d);
                }
                approve(r, d, Program.DIBAO, d.head());
            }
            case IMPROPER_TEKUN_ABLE -> {
                people.single(r, d, 30, 55, round % 2 == 0 ? Health.HEALTHY : Health.MILD_DISABLED);
                money.compose(r, d, 0.4, 0.75);
                money.modestAssets(r, d);
                approve(r, d, Program.TEKUN, d.head());
            }
            case IMPROPER_TEKUN_SUPPORTED -> {
                people.elderlyAlone(r, d, 65, 80, Health.BACKGROUND);
                people.add(r, d, org.inspect.model.Relation.CHILD, r.between(30, 45),
                        org.inspect.model.Sex.MALE, People.surnameOf(d.head()), Health.HEALTHY);
                money.compose(r, d, 0.4, 0.75);
                money.modestAssets(r, d);
                approve(r, d, Program.DIBAO, d.head());
                approve(r, d, Program.TEKUN, d.head());
            }
            default -> throw new IllegalStateException("no builder for " + s);
        }
    }

    /** PROCEDURE_VIOLATION: an approved case with a defect, chosen in turn. */
    private void procedureViolation(Rnd r, Draft d, Scenario s, int round) {
        if (s == Scenario.PROCEDURE_DIBAO) {
            eligibleWithWorker(r, d);
            d.cases.add(procedure.withDefect(r, procedure.approved(r, d, Program.DIBAO, d.head(),
                    procedure.decisionDate(r)), defect(round)));
        } else {
            people.elderlyAlone(r, d, 64, 88, Health.BACKGROUND);
            poorWithoutSupporter(r, d);
            d.cases.add(procedure.withDefect(r, procedure.approved(r, d, Program.TEKUN, d.head(),
                    procedure.decisionDate(r)), defect(round + 3)));
        }
    }

    /** ILLEGAL_EXCLUSION and NO_WRITTEN_CONCLUSION: refused on a blanket criterion, or without a filed conclusion. */
    private void refusedUnlawfully(Rnd r, Draft d, Scenario s, int round) {
        switch (s) {
            case ILLEGAL_EXCLUSION_ELIGIBLE, ILLEGAL_EXCLUSION_NOT_ELIGIBLE -> {
                Criterion c = CRITERIA.get((round * 2 + (s == Scenario.ILLEGAL_EXCLUSION_ELIGIBLE ? 0 : 1)) % CRITERIA.size());
                if (s == Scenario.ILLEGAL_EXCLUSION_ELIGIBLE) {
                    eligibleWithWorker(r, d);
                } else {
                    overStandard(r, d, 1.1, 1.5);
                }
                if (c == Criterion.REGISTERED_POOR_EXCLUSIVE) {
                    d.register(PovertyStatus.NOT_LIFTED, r.pick(CAUSES));
                }
                refuse(r, d, Program.DIBAO, r.pick(Reasons.ILLEGAL.get(c)), true, true, round % 4 == 3);
            }
            case ILLEGAL_EXCLUSION_COMBINED -> {
                eligibleWithWorker(r, d);
                String reason = Reasons.COMBINED.get(round % Reasons.COMBINED.size());
                if (Reasons.criteriaOf(reason).contains(Criterion.REGISTERED_POOR_EXCLUSIVE)) {
                    d.register(PovertyStatus.NOT_LIFTED, r.pick(CAUSES));
                }
                refuse(r, d, Program.DIBAO, reason, true, true);
            }
            case ILLEGAL_EXCLUSION_TEKUN -> {
                people.elderlyAlone(r, d, 62, 68, Health.HEALTHY);
                poorWithoutSupporter(r, d);
                approve(r, d, Program.DIBAO, d.head());
                refuse(r, d, Program.TEKUN, d.head(), r.pick(Reasons.ILLEGAL.get(Criterion.LABOUR_CAPACITY)), true, true);
            }
            case NO_WRITTEN_CONCLUSION -> {
                overStandard(r, d, 1.3, 2.5);
                Boolean[][] flags = {{false, false}, {true, false}, {null, null}, {false, true}};
                Boolean[] f = flags[round % flags.length];
                refuse(r, d, Program.DIBAO, r.pick(Reasons.INCOME_OVER), f[0], f[1]);
            }
            default -> throw new IllegalStateException("no builder for " + s);
        }
    }

    /** UNCOVERED_REGISTERED_POOR: registered poor, not lifted, and no case. */
    private void uncoveredPoor(Rnd r, Draft d, Scenario s, int round) {
        switch (s) {
            case UNCOVERED_POOR_MATCHED -> {
                overStandard(r, d, 1.1, 1.6);
                d.register(PovertyStatus.NOT_LIFTED, r.pick(CAUSES));
                if (round % 3 == 2) {
                    refuse(r, d, Program.DIBAO, r.pick(Reasons.INCOME_OVER), true, false);
                }
            }
            case UNCOVERED_POOR_ELIGIBLE -> {
                eligibleWithWorker(r, d);
                d.register(PovertyStatus.NOT_LIFTED, r.pick(CAUSES));
            }
            case UNCOVERED_POOR_UNMATCHED -> onThePovertyRollOnly(r, d, PovertyStatus.NOT_LIFTED);
            default -> throw new IllegalStateException("no builder for " + s);
        }
    }

    /** A family on the poverty roll only (moved away from the civil-affairs rolls). */
    private void onThePovertyRollOnly(Rnd r, Draft d, PovertyStatus status) {
        d.inCivilAffairs = false;
        people.anyFamily(r, d);
        d.register(status, r.pick(CAUSES));
    }

    private static Procedure.Defect defect(int round) {
        Procedure.Defect[] all = Procedure.Defect.values();
        return all[round % all.length];
    }

    // Background.

    private void nonPoor(Rnd r, Draft d) {
        people.anyFamily(r, d);
        if (r.chance(0.02)) {
            d.members.stream().filter(m -> people.age(m) >= 23 && people.age(m) <= 55).findFirst()
                    .ifPresent(m -> People.stateFunded(d, m));
        }
        for (Member m : Money.elderly(people, d)) {
            if (r.chance(0.4)) {
                money.obligor(r, d, m, r.uniform(0.8, 5), null);
            }
        }
        money.compose(r, d, 1.4, 3.5);
        money.ampleAssets(r, d);
        if (r.chance(0.03)) {
            d.cases.add(procedure.temporary(r, d, d.head()));
        }
        if (r.chance(0.015)) {
            d.cases.add(procedure.pending(r, d, d.head()));
        }
    }

    private void lawfulRefusal(Rnd r, Draft d) {
        String reason;
        switch (r.between(0, 4)) {
            case 0 -> {
                overStandard(r, d, 1.1, 1.6);
                reason = r.pick(Reasons.INCOME_OVER);
                if (!reason.equals(Reasons.INCOME_OVER.get(0)) && Math.floorMod(d.householdId.hashCode(), 5) == 0) {
                    reason = Reasons.variant(Reasons.NEEDS_READING, d.householdId);
                }
            }
            case 1 -> {
                eligibleWithWorker(r, d);
                money.ownCar(r, d);
                reason = Reasons.variant(Reasons.OWN_CAR, d.householdId);
            }
            case 2 -> {
                eligibleWithWorker(r, d);
                money.secondHouse(r, d);
                reason = Reasons.variant(Reasons.OWN_HOUSE, d.householdId);
            }
            case 3 -> {
                eligibleWithWorker(r, d);
                money.depositsOverLimit(r, d);
                reason = Reasons.variant(Reasons.DEPOSITS, d.householdId);
            }
            default -> {
                if (r.chance(0.5)) {
                    people.elderlyAlone(r, d, 62, 85, Health.BACKGROUND);
                } else {
                    people.elderlyCouple(r, d, Health.BACKGROUND);
                }
                money.wellOffObligor(r, d, r.uniform(1.3, 2.0));
                money.compose(r, d, 0.3, 0.6);
                money.modestAssets(r, d);
                reason = Reasons.variant(Reasons.SUPPORT_COUNTED, d.householdId);
            }
        }
        if (reason.equals(Reasons.INCOME_OVER.get(0)) && r.chance(0.3)) {
            d.cases.add(procedure.refused(r, d, Program.DIBAO, d.head(), Decision.TERMINATED, procedure.decisionDate(r),
                    r.pick(Reasons.TERMINATION), true, true));
        } else {
            refuse(r, d, Program.DIBAO, reason, true, true);
        }
    }

    private void dibao(Rnd r, Draft d) {
        double shape = r.uniform(0, 1);
        if (shape < 0.15) {
            // An elderly couple whose son elsewhere earns enough to be an able supporter (some support counted).
            people.elderlyCouple(r, d, Health.BACKGROUND);
            money.obligor(r, d, null, r.uniform(2.05, 2.4), null);
        } else if (shape < 0.25) {
            // Grandchildren whose father pays court-ordered support: an able supporter by legal document.
            people.grandparentAndGrandchildren(r, d);
            money.obligor(r, d, null, r.uniform(0.6, 1.5), r.between(6, 12) * 100L);
        } else {
            people.poorFamilyWithWorker(r, d);
            for (Member m : Money.elderly(people, d)) {
                if (r.chance(0.5)) {
                    money.obligor(r, d, m, r.uniform(0.5, 1.8), null);
                }
            }
        }
        money.compose(r, d, 0.35, 0.75);
        money.modestAssets(r, d);
        approve(r, d, Program.DIBAO, d.head());
        if (r.chance(0.4)) {
            d.register(r.chance(0.7) ? PovertyStatus.NOT_LIFTED : PovertyStatus.LIFTED, r.pick(CAUSES));
        }
        if (r.chance(0.05)) {
            d.cases.add(procedure.temporary(r, d, d.head()));
        }
    }

    private void tekun(Rnd r, Draft d) {
        switch (r.weighted(new double[] {0.45, 0.2, 0.15, 0.1, 0.1})) {
            case 0 -> people.elderlyAlone(r, d, 64, 92, Health.BACKGROUND);
            case 1 -> people.elderlyCouple(r, d, Health.BACKGROUND);
            case 2 -> people.single(r, d, 25, 55, Health.SEVERE_DISABLED);
            case 3 -> people.grandparentAndGrandchildren(r, d);
            default -> people.disabledWithParent(r, d);
        }
        poorWithoutSupporter(r, d);
        boolean eligible = oracle.dibaoEligible(d);
        boolean any = false;
        for (Member m : new ArrayList<>(d.members)) {
            if (oracle.tekunEligible(d, m, eligible)) {
                approve(r, d, Program.TEKUN, m);
                any = true;
            }
        }
        if (!any) {
            approve(r, d, Program.DIBAO, d.head());
        }
        if (r.chance(0.3)) {
            d.register(PovertyStatus.NOT_LIFTED, r.pick(CAUSES));
        }
    }

    // Building blocks.

    /** A poor household (per-capita 0.35–0.75 × standard) with someone able to work. */
    private void eligibleWithWorker(Rnd r, Draft d) {
        people.poorFamilyWithWorker(r, d);
        for (Member m : Money.elderly(people, d)) {
            if (r.chance(0.4)) {
                money.obligor(r, d, m, r.uniform(0.5, 1.8), null);
            }
        }
        money.compose(r, d, 0.35, 0.75);
        money.modestAssets(r, d);
    }

    /** Incomes, property and (unable) obligors of a poor household in which nobody can support the others. */
    private void poorWithoutSupporter(Rnd r, Draft d) {
        if (r.chance(0.6)) {
            money.obligor(r, d, null, r.uniform(0.5, 1.8), null);
        }
        money.compose(r, d, 0.4, 0.75);
        money.modestAssets(r, d);
    }

    /** A household with a worker whose per-capita income is {@code lo}–{@code hi} × standard. */
    private void overStandard(Rnd r, Draft d, double lo, double hi) {
        people.poorFamilyWithWorker(r, d);
        money.compose(r, d, lo, hi);
        money.modestAssets(r, d);
    }

    private void approve(Rnd r, Draft d, Program program, Member applicant) {
        d.cases.add(procedure.approved(r, d, program, applicant, procedure.decisionDate(r)));
    }

    private void refuse(Rnd r, Draft d, Program program, String reason, Boolean written, Boolean filed) {
        refuse(r, d, program, d.head(), reason, written, filed);
    }

    private void refuse(Rnd r, Draft d, Program program, String reason, Boolean written, Boolean filed,
            boolean terminate) {
        d.cases.add(procedure.refused(r, d, program, d.head(), terminate ? Decision.TERMINATED : Decision.REJECTED,
                procedure.decisionDate(r), reason, written, filed));
    }

    private void refuse(Rnd r, Draft d, Program program, Member applicant, String reason, Boolean written,
            Boolean filed) {
        d.cases.add(procedure.refused(r, d, program, applicant, Decision.REJECTED, procedure.decisionDate(r), reason,
                written, filed));
    }

    /** Whether a case list has an approved case of the programme for the person. */
    static boolean approvedFor(List<AssistanceCase> cases, Program p, String id) {
        return cases.stream().anyMatch(c -> c.program() == p && c.decision() == Decision.APPROVED
                && id.equals(c.applicantIdNumber()));
    }
}
