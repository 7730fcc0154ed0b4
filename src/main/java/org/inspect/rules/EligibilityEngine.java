package org.inspect.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.inspect.model.Finding;
import org.inspect.model.HouseholdFile;
import org.inspect.model.Member;
import org.inspect.model.RegisteredPoorPerson;
import org.inspect.model.Standards;
import org.inspect.rules.internal.EligibilityRules;
import org.inspect.rules.internal.HouseholdFacts;
import org.inspect.rules.internal.IncomeCalculator;
import org.inspect.rules.internal.ProcedureRule;
import org.inspect.rules.internal.PropertyChecker;
import org.inspect.rules.internal.RefusalRules;
import org.inspect.rules.internal.RegisteredPoorRule;
import org.inspect.rules.internal.TekunAssessor;
import org.inspect.rules.internal.TemporaryDriveRule;

/**
 * Applies rules.md sections 1–6 to one household at a time: computes income, property, dibao and tekun
 * eligibility and coverage, and returns the findings of every rule. Stateless after construction and safe to
 * share between threads. A standard a household needs that is missing throws
 * {@link Standards.MissingStandardException}.
 */
public final class EligibilityEngine {

    private final IncomeCalculator income;
    private final PropertyChecker property;
    private final TekunAssessor tekun;
    private final EligibilityRules eligibilityRules = new EligibilityRules();
    private final ProcedureRule procedureRule;
    private final RefusalRules refusalRules;
    private final RegisteredPoorRule registeredPoorRule = new RegisteredPoorRule();
    private final TemporaryDriveRule driveRule;

    /**
     * @param asOf the reference date for ages (the campaign's reference date, by default its start)
     */
    public EligibilityEngine(Standards standards, ExclusionCriteria criteria, LocalDate asOf) {
        Objects.requireNonNull(standards, "standards");
        Objects.requireNonNull(criteria, "criteria");
        Objects.requireNonNull(asOf, "asOf");
        this.income = new IncomeCalculator(standards);
        this.property = new PropertyChecker(standards);
        this.tekun = new TekunAssessor(asOf);
        this.procedureRule = new ProcedureRule(standards);
        this.refusalRules = new RefusalRules(criteria);
        this.driveRule = new TemporaryDriveRule(asOf);
    }

    /** The figures and the findings of all seven rules for this household, in rules.md order. */
    public Assessment assess(HouseholdFile file) {
        HouseholdFacts facts = facts(file);
        List<Finding> findings = new ArrayList<>();
        findings.addAll(eligibilityRules.missedDibao(facts));
        findings.addAll(eligibilityRules.missedTekun(facts));
        findings.addAll(eligibilityRules.improperInclusion(facts));
        findings.addAll(procedureRule.check(facts));
        findings.addAll(refusalRules.illegalExclusion(facts));
        findings.addAll(refusalRules.noWrittenConclusion(facts));
        findings.addAll(registeredPoorRule.check(facts));
        return new Assessment(facts.householdId(), facts.income(), facts.property(), facts.dibaoEligible(),
                facts.tekun(), facts.covered(), List.copyOf(findings));
    }

    /** The household's refusal and termination reasons the reader could not place, for a person to read. */
    public List<ReasonToRead> reasonsToRead(HouseholdFile file) {
        return refusalRules.reasonsToRead(file);
    }

    private HouseholdFacts facts(HouseholdFile file) {
        HouseholdIncome in = income.compute(file);
        PropertyCheck prop = property.check(file, in.dibaoStandard());
        boolean dibaoEligible = in.belowStandard() && prop.withinLimits();
        Map<String, TekunEligibility> byPerson = new LinkedHashMap<>();
        for (Member m : file.members()) {
            byPerson.put(m.idNumber().value(), tekun.assess(file, m, in, dibaoEligible));
        }
        return new HouseholdFacts(file, in, prop, dibaoEligible, Collections.unmodifiableMap(byPerson),
                HouseholdFacts.covered(file));
    }

    /**
     * UNCOVERED_REGISTERED_POOR for a registered poor household whose members' identity numbers match no
     * civil-affairs household; {@code household_id} is the {@code poor_household_id}. {@code null} when the
     * household is LIFTED.
     */
    public Finding unmatchedRegisteredPoor(String poorHouseholdId, List<RegisteredPoorPerson> rows) {
        return registeredPoorRule.unmatched(poorHouseholdId, rows);
    }

    /**
     * NO_TEMPORARY_DRIVE for a county (clause 二（三）): null when it approved temporary assistance in March of
     * {@code campaignYear}, or when March is not over at the reference date ({@link #driveJudgeable}). The
     * evidence lists the months {@code from} to {@code to}.
     */
    public Finding noTemporaryDrive(TemporaryDrive drive, int campaignYear, YearMonth from, YearMonth to) {
        return driveRule.check(drive, campaignYear, from, to);
    }

    /** Whether the March drive of the campaign year can be judged at {@code asOf} (after 31 March). */
    public static boolean driveJudgeable(LocalDate asOf, int campaignYear) {
        return TemporaryDriveRule.judgeable(asOf, campaignYear);
    }
}
