package org.inspect.focus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.inspect.model.Asset;
import org.inspect.model.HouseholdFile;
import org.inspect.model.Member;
import org.inspect.model.PovertyStatus;
import org.inspect.model.RegisteredPoorPerson;
import org.inspect.model.Standards;
import org.inspect.rules.Assessment;
import org.inspect.rules.EligibilityEngine;
import org.inspect.rules.ExclusionCriteria;
import org.inspect.rules.HouseholdIncome;
import org.inspect.rules.PropertyCheck;

/**
 * Places one household in the focus groups (rules.md, 重点排查): only a household not covered by dibao or tekun
 * (rules.md 5) can be in a group. Income and property come from the eligibility engine (rules.md 1–2); the
 * margin limit is {@code MARGINAL_FACTOR} × the dibao standard, the factor from the standards (county row, then
 * {@code *}), 1.5 when neither gives it. Comparisons are exact: net income against standard × members.
 */
final class FocusClassifier {

    /** The standards item of the margin factor. */
    public static final String MARGINAL_FACTOR = org.inspect.model.StandardItem.MARGINAL_FACTOR;
    /** The national definition of a low-income margin household: below 1.5 times the dibao standard. */
    public static final BigDecimal DEFAULT_FACTOR = new BigDecimal("1.5");

    private final Standards standards;
    private final EligibilityEngine engine;

    public FocusClassifier(Standards standards, LocalDate asOf) {
        this.standards = standards;
        this.engine = new EligibilityEngine(standards, ExclusionCriteria.fromClasspath(), asOf);
    }

    /** The household with its groups, or empty when it is covered or in no group. */
    public Optional<FocusHousehold> classify(HouseholdFile file) {
        return classify(file, engine.assess(file));
    }

    /**
     * As {@link #classify(HouseholdFile)}, from an assessment already made as of the same date (the desk check's:
     * coverage, income and property do not depend on the exclusion criteria a check runs with).
     */
    Optional<FocusHousehold> classify(HouseholdFile file, Assessment a) {
        Set<FocusGroup> groups = groups(file, a);
        if (groups.isEmpty()) {
            return Optional.empty();
        }
        HouseholdIncome in = a.income();
        PropertyCheck property = a.property();
        BigDecimal standard = in.dibaoStandard().value();
        BigDecimal factor = factor(file.household().countyCode());
        Member head = file.members().stream()
                .filter(m -> m.idNumber().value().equals(file.household().headIdNumber())).findFirst()
                .orElse(file.members().isEmpty() ? null : file.members().get(0));
        return Optional.of(new FocusHousehold(file.household().householdId(), file.household().countyCode(),
                file.household().township(), file.household().village(), file.household().address(),
                head == null ? "" : head.name(), file.household().headIdNumber(), in.members(), groups,
                in.perCapita(), standard, standard.multiply(factor).setScale(2, RoundingMode.HALF_UP),
                property.withinLimits(), property.defects().stream().map(PropertyCheck.Defect::reason).toList(),
                unliftedPoor(file), severe(file.members()),
                in.items().stream().map(HouseholdIncome.Item::basis).toList(),
                file.assets().stream().map(FocusClassifier::asset).toList(),
                file.members().stream().map(FocusClassifier::resident).toList()));
    }

    /**
     * The groups of a household not covered, from an assessment as of the same date; empty when it is covered or in
     * none. The check's counts need only these, not the household's worded record.
     */
    Set<FocusGroup> groups(HouseholdFile file, Assessment a) {
        Set<FocusGroup> groups = EnumSet.noneOf(FocusGroup.class);
        if (a.covered()) {
            return groups;
        }
        HouseholdIncome in = a.income();
        BigDecimal standard = in.dibaoStandard().value();
        BigDecimal members = BigDecimal.valueOf(in.members());
        if (file.registeredPoor().stream().anyMatch(p -> p.status() == PovertyStatus.NOT_LIFTED)) {
            groups.add(FocusGroup.UNCOVERED_POOR);
        }
        if (a.property().withinLimits() && in.net().compareTo(standard.multiply(members)) >= 0
                && in.net().compareTo(standard.multiply(factor(file.household().countyCode())).multiply(members)) < 0) {
            groups.add(FocusGroup.MARGINAL);
        }
        if (file.members().stream().anyMatch(FocusClassifier::severe)) {
            groups.add(FocusGroup.SEVERE);
        }
        return groups;
    }

    private static List<String> unliftedPoor(HouseholdFile file) {
        return file.registeredPoor().stream().filter(p -> p.status() == PovertyStatus.NOT_LIFTED)
                .map(RegisteredPoorPerson::poorHouseholdId).distinct().sorted().toList();
    }

    private static boolean severe(Member m) {
        return m.seriousIllness() || m.disabilityGrade() != null && (m.disabilityGrade() == 1 || m.disabilityGrade() == 2);
    }

    /** The margin factor of a county. */
    public BigDecimal factor(String countyCode) {
        return standards.find(countyCode, MARGINAL_FACTOR).map(Standards.Value::value).orElse(DEFAULT_FACTOR);
    }

    private static List<FocusHousehold.Person> severe(List<Member> members) {
        List<FocusHousehold.Person> out = new ArrayList<>();
        for (Member m : members) {
            List<String> what = new ArrayList<>();
            if (m.seriousIllness()) {
                what.add("重病");
            }
            if (m.disabilityGrade() != null && (m.disabilityGrade() == 1 || m.disabilityGrade() == 2)) {
                what.add((m.disabilityType() == null ? "" : m.disabilityType().chinese()) + "残疾"
                        + (m.disabilityGrade() == 1 ? "一级" : "二级"));
            }
            if (!what.isEmpty()) {
                out.add(new FocusHousehold.Person(m.name(), m.idNumber().value(), String.join("、", what)));
            }
        }
        return out;
    }

    private static FocusHousehold.Person resident(Member m) {
        List<String> what = new ArrayList<>();
        what.add(m.relation().chinese());
        what.add(m.idNumber().sex().chinese());
        what.add(m.idNumber().birthDate().getYear() + "年生");
        what.add("劳动能力" + m.labourCapacity().chinese());
        if (m.disabilityGrade() != null && m.disabilityGrade() > 0) {
            what.add((m.disabilityType() == null ? "" : m.disabilityType().chinese()) + "残疾" + m.disabilityGrade() + "级");
        }
        if (m.seriousIllness()) {
            what.add("重病");
        }
        return new FocusHousehold.Person(m.name(), m.idNumber().value(), String.join("，", what));
    }

    private static String asset(Asset a) {
        return a.type().chinese() + " " + a.valueYuan().stripTrailingZeros().toPlainString() + " 元"
                + (a.necessary() ? "（生产生活必需）" : "（非必需）")
                + (a.description() == null || a.description().isBlank() ? "" : "：" + a.description());
    }
}
