package org.inspect.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.inspect.model.AssistanceCase;
import org.inspect.model.Criterion;
import org.inspect.model.Decision;
import org.inspect.model.Member;
import org.inspect.model.PovertyStatus;
import org.inspect.model.Program;

/**
 * Turns a unit of month one into the next monthly snapshot (clause 三（二）): dibao of some registered poor
 * households terminated (which clause 二（四） forbids: a planted anomaly), new registrations on the poverty
 * roll (some of them uncovered), households missed last month now approved, households lifted out of
 * poverty. It allocates no identity number, so every person keeps the number of month one.
 */
final class MonthTwo {

    private final Procedure procedure;
    private final Oracle oracle;
    private final LocalDate from;
    private final LocalDate to;

    MonthTwo(Procedure procedure, Oracle oracle, LocalDate from, LocalDate to) {
        this.procedure = procedure;
        this.oracle = oracle;
        this.from = from;
        this.to = to.minusDays(1);
    }

    void apply(Rnd r, Draft d) {
        marchDrive(d);
        switch (d.scenario) {
            case DIBAO -> {
                if (d.povertyStatus() == PovertyStatus.NOT_LIFTED && r.chance(0.2)) {
                    terminateDibao(r, d);
                } else if (d.povertyStatus() == PovertyStatus.NOT_LIFTED && r.chance(0.1)) {
                    d.setPovertyStatus(PovertyStatus.LIFTED);
                } else if (!d.isRegisteredPoor() && r.chance(0.06)) {
                    d.register(PovertyStatus.NOT_LIFTED, "因病");
                }
            }
            case TEKUN, POOR_REFUSED_FILED, UNCOVERED_POOR_MATCHED, UNCOVERED_POOR_UNMATCHED -> {
                if (d.povertyStatus() == PovertyStatus.NOT_LIFTED && r.chance(0.25)) {
                    d.setPovertyStatus(PovertyStatus.LIFTED);
                }
            }
            case NON_POOR -> {
                if (r.chance(0.01) && d.cases.stream().noneMatch(AssistanceCase::isRefusal)) {
                    d.register(PovertyStatus.NOT_LIFTED, "缺技术");
                    d.planted = true;
                }
            }
            case MISSED_DIBAO_NO_CASE, UNCOVERED_POOR_ELIGIBLE -> {
                if (r.chance(0.5)) {
                    d.cases.add(procedure.approved(r, d, Program.DIBAO, d.head(), date(r)));
                }
            }
            case MISSED_TEKUN_ELDERLY, MISSED_TEKUN_ORPHANS, MISSED_TEKUN_DISABLED -> {
                if (r.chance(0.4)) {
                    approveMissingTekun(r, d);
                }
            }
            default -> {
            }
        }
        record(d);
    }

    /**
     * Counties planted without a March temporary-assistance drive (rule NO_TEMPORARY_DRIVE, clause 二（三））.
     * Every other county holds one: its first clean non-poor or dibao household of month two, and about every
     * 25th after it, gets temporary assistance approved in March; in the planted counties a background grant
     * that month one dated in March is dated in April instead. Drawn from the household id, not the unit's random
     * stream, so the rest of month two is as before.
     */
    static final List<String> NO_DRIVE = List.of("370923", "370972");

    private final java.util.Set<String> drive = new java.util.TreeSet<>();
    private final java.util.Set<String> counties = new java.util.TreeSet<>();
    private final java.util.Set<String> seeded = new java.util.TreeSet<>();

    private void marchDrive(Draft d) {
        if (!d.inCivilAffairs) {
            return;
        }
        if (NO_DRIVE.contains(d.countyCode)) {
            for (int i = 0; i < d.cases.size(); i++) {
                AssistanceCase c = d.cases.get(i);
                if (inMarch(c)) {
                    d.cases.set(i, new AssistanceCase(c.caseId(), c.householdId(), c.program(), c.applicantIdNumber(),
                            c.applicationDate(), c.decision(), c.decisionDate().plusMonths(1), c.decisionReason(),
                            c.monthlyBenefitYuan(), c.surveyDate(), c.neighbourVisitDate(), c.infoCheckDate(),
                            c.appraisalDate(), c.noticeStart(), c.noticeEnd(), c.writtenConclusion(), c.filed()));
                }
            }
            return;
        }
        if (d.planted || d.scenario != Scenario.NON_POOR && d.scenario != Scenario.DIBAO) {
            return;
        }
        int h = Math.floorMod(d.householdId.hashCode(), 25);
        if (seeded.add(d.countyCode) || h == 0) {
            LocalDate decided = LocalDate.of(2019, 3, 1 + Math.floorMod(d.householdId.hashCode(), 28));
            String reason = h % 2 == 0 ? "因病临时救助（3月集中救助）" : "突发意外，3月集中救助";
            d.cases.add(new AssistanceCase(d.nextCaseId(Program.TEMPORARY), d.householdId, Program.TEMPORARY,
                    d.head().idNumber().value(), decided.minusDays(5), Decision.APPROVED, decided, reason,
                    java.math.BigDecimal.valueOf(500 + 100L * Math.floorMod(d.householdId.hashCode(), 16)),
                    decided.minusDays(3), null, null, null, null, null, null, null));
        }
    }

    private static boolean inMarch(AssistanceCase c) {
        return c.program() == Program.TEMPORARY && c.decision() == Decision.APPROVED && c.decisionDate() != null
                && c.decisionDate().getYear() == 2019 && c.decisionDate().getMonthValue() == 3;
    }

    /** Records, after the unit is final, whether its county approved temporary assistance in March. */
    private void record(Draft d) {
        if (!d.inCivilAffairs) {
            return;
        }
        counties.add(d.countyCode);
        if (d.cases.stream().anyMatch(MonthTwo::inMarch)) {
            drive.add(d.countyCode);
        }
    }

    /** The counties of month two's civil-affairs rolls that approved no temporary assistance in March. */
    List<String> countiesWithoutDrive() {
        return counties.stream().filter(c -> !drive.contains(c)).toList();
    }

    private void terminateDibao(Rnd r, Draft d) {
        for (int i = 0; i < d.cases.size(); i++) {
            AssistanceCase c = d.cases.get(i);
            if (c.program() == Program.DIBAO && c.decision() == Decision.APPROVED) {
                String reason = r.chance(0.6) ? r.pick(Reasons.TERMINATION)
                        : r.pick(Reasons.ILLEGAL.get(Criterion.REGISTERED_POOR_EXCLUSIVE));
                boolean filed = r.chance(0.75);
                d.cases.set(i, new AssistanceCase(c.caseId(), c.householdId(), c.program(), c.applicantIdNumber(),
                        c.applicationDate(), Decision.TERMINATED, date(r), reason, null, c.surveyDate(),
                        c.neighbourVisitDate(), c.infoCheckDate(), c.appraisalDate(), c.noticeStart(), c.noticeEnd(),
                        filed, filed));
                d.planted = true;
                return;
            }
        }
    }

    private void approveMissingTekun(Rnd r, Draft d) {
        boolean eligible = oracle.dibaoEligible(d);
        List<Member> missing = new ArrayList<>();
        for (Member m : d.members) {
            if (oracle.tekunEligible(d, m, eligible)
                    && !Generator.approvedFor(d.cases, Program.TEKUN, m.idNumber().value())) {
                missing.add(m);
            }
        }
        for (Member m : missing) {
            d.cases.add(procedure.approved(r, d, Program.TEKUN, m, date(r)));
        }
    }

    private LocalDate date(Rnd r) {
        return Procedure.between(r, from, to.isBefore(from) ? from : to);
    }
}
