package org.inspect.rules;

import static org.inspect.rules.Fixtures.REF;
import static org.inspect.rules.Fixtures.elderlyWidowAlone;
import static org.inspect.rules.Fixtures.engine;
import static org.inspect.rules.Fixtures.idAged;
import static org.inspect.rules.Fixtures.idBornOn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.inspect.model.AssetType;
import org.inspect.model.DisabilityType;
import org.inspect.model.IncomeType;
import org.inspect.model.LabourCapacity;
import org.inspect.model.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PropertyAndTekunTest {

    static Stream<Arguments> assets() {
        // one member, standard 4,800, 24 months: financial limit 9,600 per person; non-financial limit 30,000
        return Stream.of(
                Arguments.of("deposit at the limit", AssetType.DEPOSIT, "9600", true, true),
                Arguments.of("deposit above the limit", AssetType.DEPOSIT, "9600.01", true, false),
                Arguments.of("securities above the limit", AssetType.SECURITIES, "10000", true, false),
                Arguments.of("the home lived in", AssetType.HOUSE, "200000", true, true),
                Arguments.of("a second house, however cheap", AssetType.HOUSE, "1000", false, false),
                Arguments.of("a car at the limit", AssetType.VEHICLE, "30000", false, true),
                Arguments.of("a car above the limit", AssetType.VEHICLE, "30000.01", false, false),
                Arguments.of("a needed tricycle above the limit", AssetType.VEHICLE, "40000", true, true),
                Arguments.of("machinery above the limit", AssetType.MACHINERY, "50000", false, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("assets")
    void checksPropertyAgainstTheLimits(String name, AssetType type, String value, boolean necessary,
            boolean within) {
        Assessment a = engine().assess(elderlyWidowAlone().asset(type, value, necessary, name).build());
        assertEquals(within, a.property().withinLimits(), name);
        assertEquals(within, a.dibaoEligible(), "income is below the standard, so property decides");
    }

    @Test
    void sharesTheFinancialLimitPerMember() {
        Assessment a = engine().assess(elderlyWidowAlone()
                .member(Relation.GRANDCHILD, "刘小明", idAged(10, true), LabourCapacity.NONE)
                .asset(AssetType.DEPOSIT, "15000", true, null).asset(AssetType.SECURITIES, "4200", true, null).build());
        assertTrue(a.property().withinLimits(), "19,200 ÷ 2 = 9,600 is at the limit");
        assertEquals(0, Fixtures.yuan("9600").compareTo(a.property().financialLimitPerCapita()));
    }

    static Stream<Arguments> ages() {
        return Stream.of(
                Arguments.of("15, sixteenth birthday tomorrow", REF.minusYears(16).plusDays(1), true),
                Arguments.of("16 today", REF.minusYears(16), false),
                Arguments.of("59, sixtieth birthday tomorrow", REF.minusYears(60).plusDays(1), false),
                Arguments.of("60 today", REF.minusYears(60), true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ages")
    void definesNoLabourCapacityByAgeOnTheReferenceDate(String name, java.time.LocalDate birth, boolean none) {
        Assessment a = engine().assess(new Fixtures.HouseholdBuilder("H-AGE")
                .member(Relation.HEAD, "某人", idBornOn(birth, true), LabourCapacity.FULL).build());
        TekunEligibility t = a.tekun().values().iterator().next();
        assertEquals(none, t.noLabourCapacity(), name);
        assertEquals(none, t.eligible(), name + ": no income, no supporter");
    }

    static Stream<Arguments> disabilities() {
        return Stream.of(
                Arguments.of(DisabilityType.INTELLECTUAL, 3, true),
                Arguments.of(DisabilityType.INTELLECTUAL, 4, false),
                Arguments.of(DisabilityType.MENTAL, 3, true),
                Arguments.of(DisabilityType.MENTAL, 4, false),
                Arguments.of(DisabilityType.PHYSICAL, 2, true),
                Arguments.of(DisabilityType.PHYSICAL, 3, false),
                Arguments.of(DisabilityType.MULTIPLE, 2, true),
                Arguments.of(DisabilityType.MULTIPLE, 3, false),
                Arguments.of(DisabilityType.VISUAL, 1, true),
                Arguments.of(DisabilityType.VISUAL, 2, false),
                Arguments.of(DisabilityType.HEARING, 1, false),
                Arguments.of(DisabilityType.SPEECH, 1, false));
    }

    @ParameterizedTest(name = "{0} grade {1}: no labour capacity = {2}")
    @MethodSource("disabilities")
    void definesNoLabourCapacityByDisabilityTypeAndGrade(DisabilityType type, int grade, boolean none) {
        Assessment a = engine().assess(new Fixtures.HouseholdBuilder("H-DIS")
                .member(Relation.HEAD, "某人", idAged(40, true), LabourCapacity.NONE, type, grade).build());
        assertEquals(none, a.tekun().values().iterator().next().noLabourCapacity());
    }

    @Test
    void ignoresTheLabourCapacityColumnForThePersonAssessed() {
        Assessment a = engine().assess(new Fixtures.HouseholdBuilder("H-OLD")
                .member(Relation.HEAD, "老人", idAged(60, true), LabourCapacity.FULL).build());
        assertTrue(a.tekun().values().iterator().next().eligible());
        Assessment young = engine().assess(new Fixtures.HouseholdBuilder("H-YOUNG")
                .member(Relation.HEAD, "青年", idAged(35, true), LabourCapacity.NONE).build());
        assertFalse(young.tekun().values().iterator().next().eligible());
    }

    static Stream<Arguments> otherMembers() {
        return Stream.of(
                Arguments.of("son of 30 with full capacity", 30, LabourCapacity.FULL, null, null, false),
                Arguments.of("son of 30 with partial capacity", 30, LabourCapacity.PARTIAL, null, null, true),
                Arguments.of("son of 30 marked FULL but mentally disabled grade 2", 30, LabourCapacity.FULL,
                        DisabilityType.MENTAL, 2, true),
                Arguments.of("grandson of 15 with full capacity", 15, LabourCapacity.FULL, null, null, true),
                Arguments.of("son of 60 with full capacity", 60, LabourCapacity.FULL, null, null, true),
                Arguments.of("son of 16 with full capacity", 16, LabourCapacity.FULL, null, null, false));
    }

    @ParameterizedTest(name = "{0}: widow eligible = {5}")
    @MethodSource("otherMembers")
    void countsAnotherWorkingAgeMemberWithFullCapacityAsAbleSupporter(String name, int age, LabourCapacity cap,
            DisabilityType type, Integer grade, boolean eligible) {
        Fixtures.HouseholdBuilder b = elderlyWidowAlone().member(Relation.CHILD, "儿子", idAged(age, true), cap, type,
                grade);
        Assessment a = engine().assess(b.build());
        assertTrue(a.dibaoEligible());
        assertEquals(eligible, a.tekun().get(b.headId()).eligible(), name);
    }

    static Stream<Arguments> obligors() {
        return Stream.of(
                Arguments.of("poor daughter", "18000", null, false, false),
                Arguments.of("daughter exactly at twice the standard", "19200", null, false, true),
                Arguments.of("court-ordered support", "1000", "1200", false, true),
                Arguments.of("able daughter who supports another member only", "100000", null, true, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("obligors")
    void countsAnAbleObligorOfThePersonOrHouseholdAsSupporter(String name, String income, String court,
            boolean forAnotherMember, boolean hasSupporter) {
        Fixtures.HouseholdBuilder b = elderlyWidowAlone()
                .member(Relation.GRANDCHILD, "孙女", idAged(12, false), LabourCapacity.NONE);
        String supported = forAnotherMember ? b.memberId(1) : null;
        b.obligor(supported, "女儿", idAged(45, false), Relation.CHILD, 2, income, court);
        Assessment a = engine().assess(b.build());
        TekunEligibility widow = a.tekun().get(b.headId());
        assertEquals(hasSupporter, !widow.ableSupporters().isEmpty(), name);
    }

    @Test
    void needsNoSourceOfLiving() {
        Fixtures.HouseholdBuilder b = elderlyWidowAlone().income(IncomeType.PENSION, "3000");
        Assessment a = engine().assess(b.build());
        assertFalse(a.dibaoEligible());
        assertFalse(a.tekun().get(b.headId()).eligible());
        assertTrue(a.tekun().get(b.headId()).noLabourCapacity());
    }
}
