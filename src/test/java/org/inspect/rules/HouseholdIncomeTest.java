package org.inspect.rules;

import static org.inspect.rules.Fixtures.COUNTY;
import static org.inspect.rules.Fixtures.COUNTY_WITH_OWN_ROW;
import static org.inspect.rules.Fixtures.elderlyWidowAlone;
import static org.inspect.rules.Fixtures.engine;
import static org.inspect.rules.Fixtures.idAged;
import static org.inspect.rules.Fixtures.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import org.inspect.model.DeductionType;
import org.inspect.model.IncomeType;
import org.inspect.model.LabourCapacity;
import org.inspect.model.Relation;
import org.inspect.model.Standards;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HouseholdIncomeTest {

    private static Fixtures.HouseholdBuilder aloneWithNoIncome() {
        return new Fixtures.HouseholdBuilder("H-ONE").member(Relation.HEAD, "张三", idAged(50, true),
                LabourCapacity.PARTIAL);
    }

    static Stream<Arguments> incomeRows() {
        return Stream.of(
                Arguments.of("amount given", IncomeType.WAGE, "1234.5", null, null, COUNTY, "1234.5"),
                Arguments.of("crop mu × CROP_<item>", IncomeType.CROP, null, "3", "wheat", COUNTY, "1800"),
                Arguments.of("crop with county row overriding *", IncomeType.CROP, null, "3", "WHEAT",
                        COUNTY_WITH_OWN_ROW, "2100"),
                Arguments.of("cash crop mu × CASH_<item>", IncomeType.CASH_CROP, null, "1.5", "APPLE", COUNTY, "4500"),
                Arguments.of("migrant work months × MIGRANT_WORK_MONTH", IncomeType.MIGRANT_WORK, null, "4", null,
                        COUNTY, "8000"),
                Arguments.of("amount beats quantity", IncomeType.MIGRANT_WORK, "5000", "4", null, COUNTY, "5000"),
                Arguments.of("exempt counts zero", IncomeType.EXEMPT, "9000", null, null, COUNTY, "0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("incomeRows")
    void countsEachIncomeRowByItsRule(String name, IncomeType type, String amount, String quantity, String item,
            String county, String expected) {
        HouseholdIncome in = engine().assess(aloneWithNoIncome().county(county)
                .income(type, amount, quantity, item).build()).income();
        assertEquals(0, yuan(expected).compareTo(in.itemTotal()), () -> name + ": " + in.itemTotal());
    }

    static Stream<Arguments> obligors() {
        // standard 4,800: twice is 9,600 per person; rate 0.3
        return Stream.of(
                Arguments.of("below twice the standard: unable", 2, "19198", null, false, "0"),
                Arguments.of("exactly twice the standard: able, nothing above", 2, "19200", null, true, "0"),
                Arguments.of("above: 0.3 × (12,000 − 9,600) × 2", 2, "24000", null, true, "1440"),
                Arguments.of("court order overrides the estimate", 2, "19000", "3600", true, "3600"),
                Arguments.of("court order of zero overrides a rich obligor", 1, "100000", "0", false, "0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("obligors")
    void countsSupportFromAnObligorByTwiceTheStandard(String name, int size, String income, String court,
            boolean able, String expected) {
        HouseholdIncome in = engine().assess(elderlyWidowAlone()
                .obligor(null, "王丽", idAged(45, false), Relation.CHILD, size, income, court).build()).income();
        HouseholdIncome.Support s = in.supports().get(0);
        assertEquals(able, s.able(), name);
        assertEquals(0, yuan(expected).compareTo(s.amount()), () -> name + ": " + s.amount());
        assertEquals(0, yuan("2400").add(yuan(expected)).compareTo(in.net()), name);
    }

    @Test
    void countsNoSupportFromObligorBelowTwiceTheStandard() {
        HouseholdIncome in = engine().assess(elderlyWidowAlone()
                .obligor(null, "王丽", idAged(45, false), Relation.CHILD, 2, "18000", null).build()).income();
        assertEquals(0, BigDecimal.ZERO.compareTo(in.supportTotal()));
        assertEquals("其女儿王丽家庭人均收入 9,000 元（18,000 元 ÷ 2 人），低于低保标准 2 倍（9,600 元），视为无履行义务能力，不计赡养费",
                in.supports().get(0).basis());
    }

    @Test
    void floorsNetIncomeAtZeroWhenDeductionsExceedIncome() {
        HouseholdIncome in = engine().assess(elderlyWidowAlone().deduction(DeductionType.MEDICAL, "5000").build())
                .income();
        assertEquals(0, BigDecimal.ZERO.compareTo(in.net()));
        assertEquals(0, BigDecimal.ZERO.compareTo(in.perCapita()));
        assertEquals(0, yuan("5000").compareTo(in.deductionTotal()));
    }

    @Test
    void dividesNetIncomeByEveryMember() {
        HouseholdIncome in = engine().assess(elderlyWidowAlone()
                .member(Relation.GRANDCHILD, "刘小明", idAged(10, true), LabourCapacity.NONE)
                .member(Relation.GRANDCHILD, "刘小红", idAged(8, false), LabourCapacity.NONE)
                .income(IncomeType.TRANSFER, "1000")
                .deduction(DeductionType.EMPLOYMENT_COST, "400").build()).income();
        assertEquals(0, yuan("3000").compareTo(in.net()));
        assertEquals(0, yuan("1000").compareTo(in.perCapita()));
        assertEquals(3, in.members());
    }

    static Stream<Arguments> incomeAroundTheStandard() {
        return Stream.of(
                Arguments.of("4799.99", true),
                Arguments.of("4800", false),
                Arguments.of("4800.01", false));
    }

    @ParameterizedTest(name = "per-capita {0} eligible={1}")
    @MethodSource("incomeAroundTheStandard")
    void isDibaoEligibleOnlyStrictlyBelowTheStandard(String income, boolean eligible) {
        Assessment a = engine().assess(aloneWithNoIncome().income(IncomeType.WAGE, income).build());
        assertEquals(eligible, a.dibaoEligible());
    }

    @Test
    void comparesTwoMemberIncomeExactlyNotByRoundedPerCapita() {
        // 9,599.99 ÷ 2 = 4,799.995 would round to 4,800.00 but is below the standard
        Assessment a = engine().assess(aloneWithNoIncome()
                .member(Relation.SPOUSE, "李四", idAged(50, false), LabourCapacity.PARTIAL)
                .income(IncomeType.WAGE, "9599.99").build());
        assertTrue(a.dibaoEligible());
    }

    @Test
    void usesTheCountyRowOverTheCityWideRow() {
        Assessment a = engine().assess(aloneWithNoIncome().county(COUNTY_WITH_OWN_ROW)
                .income(IncomeType.WAGE, "5000").build());
        assertEquals(COUNTY_WITH_OWN_ROW, a.income().dibaoStandard().fromCounty());
        assertTrue(a.dibaoEligible(), "5,000 is below the county's own 5,400");
        Assessment cityWide = engine().assess(aloneWithNoIncome().income(IncomeType.WAGE, "5000").build());
        assertEquals("*", cityWide.income().dibaoStandard().fromCounty());
        assertFalse(cityWide.dibaoEligible(), "5,000 is not below the city-wide 4,800");
    }

    @Test
    void throwsNamingTheMissingStandard() {
        Standards.MissingStandardException e = assertThrows(Standards.MissingStandardException.class,
                () -> engine().assess(aloneWithNoIncome().income(IncomeType.CROP, null, "2", "PEANUT").build()));
        assertEquals("CROP_PEANUT", e.item());
        assertEquals(COUNTY, e.countyCode());
    }

    @Test
    void rejectsAQuantityForAnIncomeTypeWithoutAStandard() {
        assertThrows(IllegalArgumentException.class,
                () -> engine().assess(aloneWithNoIncome().income(IncomeType.WAGE, null, "3", null).build()));
    }

    @Test
    void keepsEveryPartForEvidence() {
        HouseholdIncome in = engine().assess(elderlyWidowAlone().income(IncomeType.CROP, null, "2", "WHEAT")
                .obligor(null, "王强", idAged(45, true), Relation.CHILD, 2, "24000", null)
                .deduction(DeductionType.MEDICAL, "600").build()).income();
        assertEquals(List.of("养老金 2,400 元", "种植 WHEAT 2 亩 × 600 元/亩（CROP_WHEAT，全市默认“*”行）= 1,200 元"),
                in.items().stream().map(HouseholdIncome.Item::basis).toList());
        assertTrue(in.supports().get(0).basis().startsWith("其儿子王强家庭人均收入 12,000 元（24,000 元 ÷ 2 人），不低于低保标准 2 倍"),
                in.supports().get(0).basis());
        assertEquals(0, yuan("4440").compareTo(in.net()), "2,400 + 1,200 + 1,440 − 600");
    }
}
