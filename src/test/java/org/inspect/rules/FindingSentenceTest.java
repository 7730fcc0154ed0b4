package org.inspect.rules;

import static org.inspect.rules.Fixtures.coupleWithCarOwningSon;
import static org.inspect.rules.Fixtures.elderlyWidowAlone;
import static org.inspect.rules.Fixtures.engine;
import static org.inspect.rules.Fixtures.idAged;
import static org.inspect.rules.Fixtures.workingCoupleOnDibao;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.inspect.model.Finding;
import org.inspect.model.IncomeType;
import org.inspect.model.LabourCapacity;
import org.inspect.model.Relation;
import org.inspect.model.Rule;
import org.junit.jupiter.api.Test;

/** The English sentence of a finding is built from what the check stored: its fields and its evidence. */
class FindingSentenceTest {

    private static Finding only(Fixtures.HouseholdBuilder b, Rule rule) {
        List<Finding> found = engine().assess(b.build()).findings().stream().filter(f -> f.rule() == rule).toList();
        assertEquals(1, found.size(), () -> rule + ": " + found);
        return found.get(0);
    }

    @Test
    void missedDibaoGivesTheIncomeAgainstTheCountyStandard() {
        Fixtures.HouseholdBuilder b = new Fixtures.HouseholdBuilder("H-MD")
                .member(Relation.HEAD, "刘秀英", idAged(70, false), LabourCapacity.NONE)
                .member(Relation.GRANDCHILD, "刘小明", idAged(20, true), LabourCapacity.PARTIAL)
                .income(IncomeType.PENSION, "4900");
        Finding f = engine(Fixtures.standardsWithCountyRow("4800")).assess(b.build()).findings().stream()
                .filter(x -> x.rule() == Rule.MISSED_DIBAO).findFirst().orElseThrow();
        assertEquals("Per-capita household income 2,450 yuan is below the county's dibao standard of 4,800 yuan, the"
                + " household's property is within the limits, and the household has neither dibao nor tekun.",
                FindingSentence.english(f));
    }

    @Test
    void missedDibaoNamesTheCityWideRow() {
        String s = FindingSentence.english(only(elderlyWidowAlone(), Rule.MISSED_DIBAO));
        assertEquals("Per-capita household income 2,400 yuan is below the city-wide dibao standard of 4,800 yuan,"
                + " the household's property is within the limits, and the household has neither dibao nor tekun.", s);
    }

    @Test
    void improperInclusionSaysWhyTheHouseholdIsNotEligible() {
        assertEquals("Dibao case C-WORK-1 is approved, but per-capita household income 18,000 yuan is not below the"
                + " city-wide dibao standard of 4,800 yuan, so the household does not meet the dibao conditions.",
                FindingSentence.english(only(workingCoupleOnDibao(), Rule.IMPROPER_INCLUSION)));
    }

    @Test
    void illegalExclusionNamesTheCaseDecisionAndGround() {
        assertEquals("Dibao case C-COUPLE-1 was rejected on 2019-01-10 on the ground \"a child or relative owns a"
                + " vehicle\", a threshold set outside the income and property conditions of the national and"
                + " provincial rules.", FindingSentence.english(only(coupleWithCarOwningSon(), Rule.ILLEGAL_EXCLUSION)));
    }

    @Test
    void everySentenceOfTheFixturesIsEnglishAndNamesNoPerson() {
        for (Fixtures.HouseholdBuilder b : List.of(elderlyWidowAlone(), coupleWithCarOwningSon(), workingCoupleOnDibao())) {
            for (Finding f : engine().assess(b.build()).findings()) {
                String s = FindingSentence.english(f);
                assertFalse(s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                        f.rule() + ": " + s);
            }
        }
    }
}
