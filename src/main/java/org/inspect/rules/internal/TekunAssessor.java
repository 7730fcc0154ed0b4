package org.inspect.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.inspect.model.DisabilityType;
import org.inspect.model.HouseholdFile;
import org.inspect.model.LabourCapacity;
import org.inspect.model.Member;
import org.inspect.rules.HouseholdIncome;
import org.inspect.rules.TekunEligibility;

/**
 * Tekun eligibility of one person by rules.md section 4 (clause 二（二）). Labour capacity follows the national
 * tekun definition (age, disability type and grade); the county's {@code labour_capacity} column only decides
 * whether another working-age member counts as an able supporter.
 */
public final class TekunAssessor {

    private final LocalDate asOf;

    public TekunAssessor(LocalDate asOf) {
        this.asOf = asOf;
    }

    public TekunEligibility assess(HouseholdFile file, Member person, HouseholdIncome income, boolean dibaoEligible) {
        int age = person.idNumber().ageOn(asOf);
        List<Supplier<String>> supporters = new ArrayList<>();
        for (HouseholdIncome.Support s : income.supports()) {
            String supported = s.obligor().supportedIdNumber();
            if (s.able() && (supported == null || supported.equals(person.idNumber().value()))) {
                supporters.add(s.wording());
            }
        }
        for (Member other : file.members()) {
            if (other != person && isAbleWorkingAgeMember(other)) {
                supporters.add(() -> "同户成员" + Wording.member(other, other.idNumber().ageOn(asOf)) + "有劳动能力");
            }
        }
        return new TekunEligibility(person, age, noLabourCapacityReason(person, age), dibaoEligible,
                List.copyOf(supporters));
    }

    private boolean isAbleWorkingAgeMember(Member m) {
        int age = m.idNumber().ageOn(asOf);
        return m.labourCapacity() == LabourCapacity.FULL && !noLabourCapacity(m, age);
    }

    /** Whether the national definition says the person has no labour capacity ({@link #noLabourCapacityReason}). */
    static boolean noLabourCapacity(Member m, int age) {
        return age >= 60 || age < 16 || severeDisability(m.disabilityType(), m.disabilityGrade());
    }

    /** Why the national definition says the person has no labour capacity, or {@code null} if it does not. */
    static String noLabourCapacityReason(Member m, int age) {
        if (age >= 60) {
            return "年满 60 周岁（" + age + " 岁）";
        }
        if (age < 16) {
            return "未满 16 周岁（" + age + " 岁）";
        }
        if (severeDisability(m.disabilityType(), m.disabilityGrade())) {
            return m.disabilityType().chinese() + "残疾 " + m.disabilityGrade() + " 级";
        }
        return null;
    }

    static boolean severeDisability(DisabilityType type, Integer grade) {
        if (type == null || grade == null || grade < 1) {
            return false;
        }
        return switch (type) {
            case INTELLECTUAL, MENTAL -> grade <= 3;
            case PHYSICAL, MULTIPLE -> grade <= 2;
            case VISUAL -> grade == 1;
            default -> false;
        };
    }
}
