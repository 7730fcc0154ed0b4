package org.inspect.rules.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.inspect.model.AssistanceCase;
import org.inspect.model.Decision;
import org.inspect.model.HouseholdFile;
import org.inspect.model.Program;
import org.inspect.rules.HouseholdIncome;
import org.inspect.rules.PropertyCheck;
import org.inspect.rules.TekunEligibility;

/** What the rules read about one household: the file and the figures computed from it (rules.md 1–5). */
public record HouseholdFacts(HouseholdFile file, HouseholdIncome income, PropertyCheck property,
        boolean dibaoEligible, Map<String, TekunEligibility> tekun, boolean covered) {

    public String householdId() {
        return file.household().householdId();
    }

    public String county() {
        return file.household().countyCode();
    }

    /** Coverage (rules.md 5): an APPROVED DIBAO case, or an APPROVED TEKUN case for any member. */
    public static boolean covered(HouseholdFile file) {
        return file.cases().stream().anyMatch(c -> c.decision() == Decision.APPROVED
                && (c.program() == Program.DIBAO || c.program() == Program.TEKUN && isMember(file, c.applicantIdNumber())));
    }

    private static boolean isMember(HouseholdFile file, String id) {
        return file.members().stream().anyMatch(m -> m.idNumber().value().equals(id));
    }

    List<AssistanceCase> approved(Program program) {
        return file.cases().stream().filter(c -> c.decision() == Decision.APPROVED && c.program() == program).toList();
    }

    boolean hasApprovedTekun(String idNumber) {
        return approved(Program.TEKUN).stream().anyMatch(c -> idNumber.equals(c.applicantIdNumber()));
    }

    /** The latest REJECTED or TERMINATED dibao/tekun case by decision date that the filter accepts. */
    Optional<AssistanceCase> latestRefusal(Predicate<AssistanceCase> filter) {
        return file.cases().stream().filter(AssistanceCase::isRefusal).filter(filter)
                .max(Comparator.comparing(AssistanceCase::decisionDate, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(AssistanceCase::caseId));
    }
}
