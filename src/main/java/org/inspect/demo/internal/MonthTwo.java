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
