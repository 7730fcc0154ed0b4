package org.inspect.demo.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.inspect.model.Asset;
import org.inspect.model.AssetType;
import org.inspect.model.AssistanceCase;
import org.inspect.model.Criterion;
import org.inspect.model.Decision;
import org.inspect.model.Deduction;
import org.inspect.model.DisabilityType;
import org.inspect.model.Income;
import org.inspect.model.LabourCapacity;
import org.inspect.model.Member;
import org.inspect.model.Obligor;
import org.inspect.model.PovertyStatus;
import org.inspect.model.Program;
import org.inspect.model.Rule;
import org.inspect.model.StandardItem;
import org.inspect.model.Standards;

/**
 * The generator's own reading of rules.md, applied to one unit at a time, so the answer key lists exactly
 * the findings a correct check job gives. Written independently of the rules package on purpose: two
 * readings that agree are the test.
 */
final class Oracle {

    private final Standards standards;
    private final LocalDate referenceDate;

    Oracle(Standards standards, LocalDate referenceDate) {
        this.standards = standards;
        this.referenceDate = referenceDate;
    }

    LocalDate referenceDate() {
        return referenceDate;
    }

    /** Standards looked up once per county and item: the generator asks millions of times. */
    private final java.util.Map<String, BigDecimal> cache = new java.util.HashMap<>();

    BigDecimal std(String county, String item) {
        return cache.computeIfAbsent(county + '|' + item, k -> standards.get(county, item).value());
    }

    BigDecimal dibaoStandard(String county) {
        return std(county, StandardItem.DIBAO_STANDARD);
    }

    BigDecimal incomeValue(String county, Income i) {
        if (i.type() == org.inspect.model.IncomeType.EXEMPT) {
            return BigDecimal.ZERO;
        }
        if (i.amountYuan() != null) {
            return i.amountYuan();
        }
        return switch (i.type()) {
            case CROP -> i.quantity().multiply(std(county, StandardItem.crop(i.item())));
            case CASH_CROP -> i.quantity().multiply(std(county, StandardItem.cashCrop(i.item())));
            case MIGRANT_WORK -> i.quantity().multiply(std(county, StandardItem.MIGRANT_WORK_MONTH));
            default -> throw new IllegalStateException("income row without amount: " + i);
        };
    }

    BigDecimal support(String county, Obligor o) {
        if (o.courtOrderedYuan() != null) {
            return o.courtOrderedYuan();
        }
        BigDecimal twice = dibaoStandard(county).multiply(BigDecimal.valueOf(2));
        BigDecimal opc = opc(o);
        if (opc.compareTo(twice) < 0) {
            return BigDecimal.ZERO;
        }
        return std(county, StandardItem.SUPPORT_RATE).multiply(opc.subtract(twice))
                .multiply(BigDecimal.valueOf(o.obligorHouseholdSize()));
    }

    private static BigDecimal opc(Obligor o) {
        return o.obligorHouseholdIncomeYuan().divide(BigDecimal.valueOf(o.obligorHouseholdSize()), 6,
                RoundingMode.HALF_UP);
    }

    boolean ableObligor(String county, Obligor o) {
        if (o.courtOrderedYuan() != null) {
            return o.courtOrderedYuan().signum() > 0;
        }
        return opc(o).compareTo(dibaoStandard(county).multiply(BigDecimal.valueOf(2))) >= 0;
    }

    BigDecimal netIncome(Draft d) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Income i : d.incomes) {
            sum = sum.add(incomeValue(d.countyCode, i));
        }
        for (Obligor o : d.obligors) {
            sum = sum.add(support(d.countyCode, o));
        }
        for (Deduction x : d.deductions) {
            sum = sum.subtract(x.amountYuan());
        }
        return sum.max(BigDecimal.ZERO);
    }

    BigDecimal perCapita(Draft d) {
        return netIncome(d).divide(BigDecimal.valueOf(d.members.size()), 6, RoundingMode.HALF_UP);
    }

    boolean propertyWithinLimits(Draft d) {
        BigDecimal financial = BigDecimal.ZERO;
        BigDecimal limit = std(d.countyCode, StandardItem.NON_FINANCIAL_ASSET_LIMIT);
        for (Asset a : d.assets) {
            if (a.type() == AssetType.DEPOSIT || a.type() == AssetType.SECURITIES) {
                financial = financial.add(a.valueYuan());
            } else if (!a.necessary() && (a.type() == AssetType.HOUSE || a.valueYuan().compareTo(limit) > 0)) {
                return false;
            }
        }
        BigDecimal perHead = financial.divide(BigDecimal.valueOf(d.members.size()), 6, RoundingMode.HALF_UP);
        BigDecimal allowed = std(d.countyCode, StandardItem.FINANCIAL_ASSET_MONTHS)
                .multiply(dibaoStandard(d.countyCode)).divide(BigDecimal.valueOf(12), 6, RoundingMode.HALF_UP);
        return perHead.compareTo(allowed) <= 0;
    }

    boolean dibaoEligible(Draft d) {
        return perCapita(d).compareTo(dibaoStandard(d.countyCode)) < 0 && propertyWithinLimits(d);
    }

    int age(Member m) {
        return m.idNumber().ageOn(referenceDate);
    }

    /** No labour capacity as the national tekun rules define it, whatever the labour_capacity column says. */
    boolean withoutCapacity(Member m) {
        int age = age(m);
        if (age >= 60 || age < 16) {
            return true;
        }
        Integer g = m.disabilityGrade();
        DisabilityType t = m.disabilityType();
        if (g == null || g == 0 || t == null) {
            return false;
        }
        return switch (t) {
            case INTELLECTUAL, MENTAL -> g <= 3;
            case PHYSICAL, MULTIPLE -> g <= 2;
            case VISUAL -> g == 1;
            default -> false;
        };
    }

    boolean ableMember(Member m) {
        int age = age(m);
        return age >= 16 && age <= 59 && m.labourCapacity() == LabourCapacity.FULL && !withoutCapacity(m);
    }

    boolean tekunEligible(Draft d, Member person, boolean householdEligible) {
        if (!householdEligible || !withoutCapacity(person)) {
            return false;
        }
        String id = person.idNumber().value();
        for (Obligor o : d.obligors) {
            if ((o.supportedIdNumber() == null || o.supportedIdNumber().equals(id)) && ableObligor(d.countyCode, o)) {
                return false;
            }
        }
        for (Member other : d.members) {
            if (other != person && ableMember(other)) {
                return false;
            }
        }
        return true;
    }

    boolean covered(Draft d) {
        for (AssistanceCase c : d.cases) {
            if (c.decision() == Decision.APPROVED && (c.program() == Program.DIBAO || c.program() == Program.TEKUN)) {
                return true;
            }
        }
        return false;
    }

    /** The findings a correct check job gives for this unit, in rule order. */
    List<KeyRow> findings(Draft d) {
        List<KeyRow> rows = new ArrayList<>();
        if (!d.inCivilAffairs) {
            if (d.povertyStatus() == PovertyStatus.NOT_LIFTED) {
                rows.add(new KeyRow(Rule.UNCOVERED_REGISTERED_POOR, null, d.poorHouseholdId, null, null));
            }
            return rows;
        }
        boolean eligible = dibaoEligible(d);
        boolean covered = covered(d);
        if (eligible && !covered) {
            rows.add(new KeyRow(Rule.MISSED_DIBAO, null, d.householdId,
                    latestRefusal(d, null).map(AssistanceCase::caseId).orElse(null), null));
        }
        for (Member m : d.members) {
            String id = m.idNumber().value();
            if (tekunEligible(d, m, eligible) && !hasApprovedTekun(d, id)) {
                rows.add(new KeyRow(Rule.MISSED_TEKUN, null, d.householdId,
                        latestRefusal(d, id).map(AssistanceCase::caseId).orElse(null), id));
            }
        }
        for (AssistanceCase c : d.cases) {
            if (c.decision() == Decision.APPROVED && improper(d, c, eligible)) {
                rows.add(new KeyRow(Rule.IMPROPER_INCLUSION, null, d.householdId, c.caseId(), null));
            }
        }
        for (AssistanceCase c : d.cases) {
            if (c.decision() == Decision.APPROVED && c.program() != Program.TEMPORARY && !procedureDefects(d, c).isEmpty()) {
                rows.add(new KeyRow(Rule.PROCEDURE_VIOLATION, null, d.householdId, c.caseId(), null));
            }
        }
        for (AssistanceCase c : d.cases) {
            if (c.isRefusal()) {
                for (Criterion k : Reasons.criteriaOf(c.decisionReason())) {
                    rows.add(new KeyRow(Rule.ILLEGAL_EXCLUSION, k, d.householdId, c.caseId(), null));
                }
            }
        }
        for (AssistanceCase c : d.cases) {
            if (c.isRefusal() && !c.hasFiledWrittenConclusion()) {
                rows.add(new KeyRow(Rule.NO_WRITTEN_CONCLUSION, null, d.householdId, c.caseId(), null));
            }
        }
        if (d.povertyStatus() == PovertyStatus.NOT_LIFTED && !covered
                && d.cases.stream().noneMatch(c -> c.isRefusal() && c.hasFiledWrittenConclusion())) {
            rows.add(new KeyRow(Rule.UNCOVERED_REGISTERED_POOR, null, d.householdId, null, null));
        }
        return rows;
    }

    private boolean improper(Draft d, AssistanceCase c, boolean eligible) {
        if (c.program() == Program.DIBAO) {
            return !eligible;
        }
        if (c.program() == Program.TEKUN) {
            return d.members.stream().filter(m -> m.idNumber().value().equals(c.applicantIdNumber())).findFirst()
                    .map(m -> !tekunEligible(d, m, eligible)).orElse(true);
        }
        return false;
    }

    List<String> procedureDefects(Draft d, AssistanceCase c) {
        List<String> defects = new ArrayList<>();
        if (c.surveyDate() == null) {
            defects.add("survey");
        }
        if (c.infoCheckDate() == null) {
            defects.add("info check");
        }
        if (c.noticeStart() == null || c.noticeEnd() == null) {
            defects.add("notice");
        } else {
            long days = ChronoUnit.DAYS.between(c.noticeStart(), c.noticeEnd()) + 1;
            if (days < std(d.countyCode, StandardItem.NOTICE_MIN_DAYS).longValue()) {
                defects.add("short notice");
            }
            if (c.decisionDate() != null && c.decisionDate().isBefore(c.noticeEnd())) {
                defects.add("decided before notice end");
            }
        }
        return defects;
    }

    private boolean hasApprovedTekun(Draft d, String id) {
        return d.cases.stream().anyMatch(c -> c.program() == Program.TEKUN && c.decision() == Decision.APPROVED
                && id.equals(c.applicantIdNumber()));
    }

    /** Latest refusal by decision date: of dibao or tekun ({@code person} null), or of the person's tekun. */
    private Optional<AssistanceCase> latestRefusal(Draft d, String person) {
        return d.cases.stream()
                .filter(AssistanceCase::isRefusal)
                .filter(c -> person == null || (c.program() == Program.TEKUN && person.equals(c.applicantIdNumber())))
                .max(Comparator.comparing(AssistanceCase::decisionDate));
    }

    /**
     * The focus groups of a unit (rules.md 重点排查), read independently of the focus package: none when the unit
     * is not in the civil-affairs rolls or is covered; UNCOVERED_POOR when registered and not lifted; MARGINAL when
     * property is within limits and standard ≤ per-capita income < 1.5 × standard (the demo's standards give no
     * MARGINAL_FACTOR); SEVERE when a member is seriously ill or disabled of grade 1 or 2. In that order.
     */
    List<String> focusGroups(Draft d) {
        List<String> groups = new ArrayList<>();
        if (!d.inCivilAffairs || covered(d)) {
            return groups;
        }
        if (d.povertyStatus() == PovertyStatus.NOT_LIFTED) {
            groups.add("UNCOVERED_POOR");
        }
        BigDecimal pc = perCapita(d);
        BigDecimal standard = dibaoStandard(d.countyCode);
        if (propertyWithinLimits(d) && pc.compareTo(standard) >= 0
                && pc.compareTo(standard.multiply(new BigDecimal("1.5"))) < 0) {
            groups.add("MARGINAL");
        }
        if (d.members.stream().anyMatch(m -> m.seriousIllness()
                || m.disabilityGrade() != null && (m.disabilityGrade() == 1 || m.disabilityGrade() == 2))) {
            groups.add("SEVERE");
        }
        return groups;
    }
}
