package org.inspect.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inspect.model.AssistanceCase;
import org.inspect.model.Decision;
import org.inspect.model.HouseholdFile;
import org.inspect.model.Member;
import org.inspect.model.PovertyStatus;
import org.inspect.model.Program;
import org.inspect.model.RegisteredPoorPerson;
import org.inspect.model.Standards;
import org.inspect.rules.Assessment;
import org.inspect.rules.EligibilityEngine;
import org.inspect.rules.TekunEligibility;
import org.inspect.rules.Coverage;

/**
 * Compares one civil-affairs household with the registered-poor rows matched to its members (clause 二（一）).
 *
 * <p>The definitions, shared with rule UNCOVERED_REGISTERED_POOR ({@code rules/internal/RegisteredPoorRule}) so that
 * a compare run and a check run of the same snapshot agree:
 * <ul>
 * <li>a <b>match</b> is a (poor household, civil-affairs household) pair sharing a member identity number; it is
 * <b>not lifted</b> when any of the matched roll rows has status NOT_LIFTED;</li>
 * <li>a household is <b>covered</b> exactly as {@link Coverage#covered} says (APPROVED DIBAO, or APPROVED
 * TEKUN for a member);</li>
 * <li>a household has a <b>filed conclusion</b> when any of its REJECTED or TERMINATED dibao/tekun cases has
 * both written_conclusion and filed = Y;</li>
 * <li>the <b>uncovered list</b> holds every not-lifted, uncovered match, filed conclusion or not (flagged); the
 * rule reports only those without a filed conclusion ({@link Match#uncoveredWithoutConclusion()}), plus the
 * not-lifted poor households that match no civil-affairs household.</li>
 * </ul>
 * Computed eligibility comes from the {@link EligibilityEngine}; it is {@code null} when a standard the household
 * needs is missing.
 */
public final class HouseholdComparison {

    /** What one household contributes: its matches with poor households, and itself if an unregistered recipient. */
    public record Result(List<Match> matches, Optional<Recipient> recipient) {
    }

    private final EligibilityEngine engine;

    public HouseholdComparison(EligibilityEngine engine) {
        this.engine = engine;
    }

    public Result compare(HouseholdFile file) {
        boolean covered = Coverage.covered(file);
        if (file.registeredPoor().isEmpty()) {
            return new Result(List.of(), covered ? Optional.of(recipient(file)) : Optional.empty());
        }
        Assessment a = assess(file);
        boolean filed = hasFiledConclusion(file);
        Match.Refusal refusal = latestRefusal(file);
        Map<String, List<RegisteredPoorPerson>> byPoor = new LinkedHashMap<>();
        file.registeredPoor().stream().sorted(Comparator.comparing(RegisteredPoorPerson::poorHouseholdId))
                .forEach(p -> byPoor.computeIfAbsent(p.poorHouseholdId(), k -> new ArrayList<>()).add(p));
        List<Match> matches = new ArrayList<>();
        var h = file.household();
        for (var e : byPoor.entrySet()) {
            List<RegisteredPoorPerson> rows = e.getValue();
            matches.add(new Match(e.getKey(), h.householdId(), h.countyCode(), h.township(), h.village(),
                    rows.get(0).countyCode(), notLifted(rows), covered, programs(file), filed,
                    a == null ? null : a.dibaoEligible(), a == null ? null : a.income().perCapita(),
                    a == null ? List.of() : tekunEligible(a), rows.stream().map(RegisteredPoorPerson::idNumber).toList(),
                    rows.stream().map(RegisteredPoorPerson::name).toList(), refusal));
        }
        return new Result(matches, Optional.empty());
    }

    /** Whether any roll row is NOT_LIFTED: the rows that rule UNCOVERED_REGISTERED_POOR considers. */
    public static boolean notLifted(List<RegisteredPoorPerson> rows) {
        return rows.stream().anyMatch(p -> p.status() == PovertyStatus.NOT_LIFTED);
    }

    /** Any REJECTED or TERMINATED dibao/tekun case with its written conclusion filed on record (clause 二（二）). */
    public static boolean hasFiledConclusion(HouseholdFile file) {
        return file.cases().stream().anyMatch(c -> c.isRefusal() && c.hasFiledWrittenConclusion());
    }

    private Assessment assess(HouseholdFile file) {
        try {
            return engine.assess(file);
        } catch (Standards.MissingStandardException e) {
            return null;
        }
    }

    private static List<String> tekunEligible(Assessment a) {
        return a.tekun().values().stream().filter(TekunEligibility::eligible)
                .map(t -> t.member().idNumber().value()).toList();
    }

    private static Match.Refusal latestRefusal(HouseholdFile file) {
        return file.cases().stream().filter(AssistanceCase::isRefusal)
                .max(Comparator.comparing(AssistanceCase::decisionDate, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(AssistanceCase::caseId))
                .map(c -> new Match.Refusal(c.caseId(), c.program().name(), c.decision().name(), c.decisionDate(),
                        c.decisionReason(), c.hasFiledWrittenConclusion()))
                .orElse(null);
    }

    /** The programmes that cover the household: DIBAO, TEKUN or DIBAO+TEKUN; empty when not covered. */
    static String programs(HouseholdFile file) {
        boolean dibao = file.cases().stream().anyMatch(c -> c.decision() == Decision.APPROVED && c.program() == Program.DIBAO);
        boolean tekun = file.cases().stream().anyMatch(c -> c.decision() == Decision.APPROVED
                && c.program() == Program.TEKUN && file.members().stream()
                        .anyMatch(m -> m.idNumber().value().equals(c.applicantIdNumber())));
        return dibao && tekun ? "DIBAO+TEKUN" : dibao ? "DIBAO" : tekun ? "TEKUN" : "";
    }

    private static Recipient recipient(HouseholdFile file) {
        var h = file.household();
        Member head = file.members().stream().filter(m -> m.idNumber().value().equals(h.headIdNumber())).findFirst()
                .orElse(file.members().isEmpty() ? null : file.members().get(0));
        return new Recipient(h.householdId(), h.countyCode(), h.township(), h.village(), programs(file),
                h.headIdNumber(), head == null ? "" : head.name(), file.members().size());
    }
}
