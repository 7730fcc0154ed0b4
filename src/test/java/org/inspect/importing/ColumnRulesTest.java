package org.inspect.importing;

import static org.inspect.importing.Fixtures.HEAD_A;
import static org.inspect.importing.Fixtures.REFERENCE;
import static org.inspect.importing.Fixtures.id;
import static org.inspect.importing.Fixtures.lines;
import static org.inspect.importing.Fixtures.withWrongCheck;
import static org.inspect.importing.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every column rule of the format: one bad cell, the exact message and its location. */
class ColumnRulesTest {

    @TempDir
    Path dir;

    private static final String M = Fixtures.MEMBERS_HEADER;
    private static final String RELATIONS = "HEAD/户主, SPOUSE/配偶, CHILD/子女, PARENT/父母, GRANDCHILD/孙子女, "
            + "SIBLING/兄弟姐妹, OTHER/其他";
    private static final String FUTURE = id("20200101", "011");

    static Stream<Arguments> badCells() {
        return Stream.of(
            // households
            row("households", Fixtures.HOUSEHOLDS_HEADER, ",370902,省庄镇,," + HEAD_A + ",",
                "households.csv:2:1: household_id '': expected a value (required column)"),
            row("households", Fixtures.HOUSEHOLDS_HEADER, "H1,37092,省庄镇,," + HEAD_A + ",",
                "households.csv:2:2: county_code '37092': expected a 6-digit county code"),
            row("households", Fixtures.HOUSEHOLDS_HEADER, "H1,370902,,," + HEAD_A + ",",
                "households.csv:2:3: township '': expected a value (required column)"),
            row("households", Fixtures.HOUSEHOLDS_HEADER, "H1,370902,省庄镇,," + withWrongCheck(HEAD_A) + ",",
                "households.csv:2:5: head_id_number '" + withWrongCheck(HEAD_A) + "': check character should be "
                        + HEAD_A.charAt(17) + ", found " + withWrongCheck(HEAD_A).charAt(17)),
            // members
            row("members", M, "H1,110105194912310021,张三,HEAD,,,FULL,,",
                "members.csv:2:2: id_number '110105194912310021': check character should be X, found 1"),
            row("members", M, "H1,11010519490229002X,张三,HEAD,,,FULL,,",
                "members.csv:2:2: id_number '11010519490229002X': birth date 19490229 is not a real date"),
            row("members", M, "H1,3709021955,张三,HEAD,,,FULL,,",
                "members.csv:2:2: id_number '3709021955': expected 18 characters, found 10"),
            row("members", M, "H1," + FUTURE + ",张三,HEAD,,,FULL,,",
                "members.csv:2:2: id_number '" + FUTURE + "': birth date 2020-01-01 is after the reference date 2019-03-01"),
            row("members", M, "H1," + HEAD_A + ",,HEAD,,,FULL,,",
                "members.csv:2:3: name '': expected a value (required column)"),
            row("members", M, "H1," + HEAD_A + ",张三,BOSS,,,FULL,,",
                "members.csv:2:4: relation 'BOSS': expected one of " + RELATIONS),
            row("members", M, "H1," + HEAD_A + ",张三,HEAD,5,,FULL,,",
                "members.csv:2:5: disability_grade '5': expected a disability grade 1–4, or empty or 0 for none"),
            row("members", M, "H1," + HEAD_A + ",张三,HEAD,一级,,FULL,,",
                "members.csv:2:5: disability_grade '一级': expected a disability grade 1–4, or empty or 0 for none"),
            row("members", M, "H1," + HEAD_A + ",张三,HEAD,1,BLIND,FULL,,",
                "members.csv:2:6: disability_type 'BLIND': expected one of PHYSICAL/肢体, VISUAL/视力, HEARING/听力, "
                        + "SPEECH/言语, INTELLECTUAL/智力, MENTAL/精神, MULTIPLE/多重"),
            row("members", M, "H1," + HEAD_A + ",张三,HEAD,,,,,",
                "members.csv:2:7: labour_capacity '': expected a value (required column)"),
            row("members", M, "H1," + HEAD_A + ",张三,HEAD,,,SOME,,",
                "members.csv:2:7: labour_capacity 'SOME': expected one of FULL/有, PARTIAL/部分, NONE/无"),
            row("members", M, "H1," + HEAD_A + ",张三,HEAD,,,FULL,maybe,",
                "members.csv:2:8: serious_illness 'maybe': expected Y/N, 是/否, 1/0 or true/false"),
            row("members", M, "H1," + HEAD_A + ",张三,HEAD,,,FULL,,2",
                "members.csv:2:9: state_funded '2': expected Y/N, 是/否, 1/0 or true/false"),
            // incomes
            row("incomes", Fixtures.INCOMES_HEADER, "H1,,WAGES,1000,,",
                "incomes.csv:2:3: type 'WAGES': expected one of WAGE/工资, MIGRANT_WORK/务工, CROP/种植, CASH_CROP/经济作物, "
                        + "BUSINESS/经营, PENSION/养老金, TRANSFER/转移性收入, PROPERTY/财产性收入, EXEMPT/不计入收入, OTHER/其他"),
            row("incomes", Fixtures.INCOMES_HEADER, "H1,,WAGE,,,",
                "incomes.csv:2:4: amount_yuan '': expected amount_yuan, or quantity (with item for CROP/CASH_CROP)"),
            row("incomes", Fixtures.INCOMES_HEADER, "H1,,WAGE,\"12,000\",,",
                "incomes.csv:2:4: amount_yuan '12,000': expected an amount in yuan such as 1234.50 (no thousands separators)"),
            row("incomes", Fixtures.INCOMES_HEADER, "H1,,CROP,,3,",
                "incomes.csv:2:6: item '': expected the crop (e.g. WHEAT, APPLE) of a CROP row given by quantity"),
            row("incomes", Fixtures.INCOMES_HEADER, "H1,,WAGE,,3,",
                "incomes.csv:2:4: amount_yuan '': expected a value: only CROP, CASH_CROP and MIGRANT_WORK rows may be given by quantity"),
            row("incomes", Fixtures.INCOMES_HEADER, "H1,,CROP,,三亩,WHEAT",
                "incomes.csv:2:5: quantity '三亩': expected a quantity such as 2.5 (mu of land, or months worked)"),
            // deductions, assets
            row("deductions", "household_id,type,amount_yuan", "H1,MEDICAL,",
                "deductions.csv:2:3: amount_yuan '': expected a value (required column)"),
            row("deductions", "household_id,type,amount_yuan", "H1,FOOD,100",
                "deductions.csv:2:2: type 'FOOD': expected one of MEDICAL/医疗刚性支出, EMPLOYMENT_COST/必要就业成本"),
            row("assets", "household_id,type,value_yuan,necessary,description", "H1,HOUSE,-5,Y,",
                "assets.csv:2:3: value_yuan '-5': expected an amount in yuan such as 1234.50 (no thousands separators)"),
            row("assets", "household_id,type,value_yuan,necessary,description", "H1,HOUSE,50000,,",
                "assets.csv:2:4: necessary '': expected a value (required column)"),
            // obligors
            row("obligors", "household_id,supported_id_number,obligor_id_number,obligor_name,relation,"
                    + "obligor_household_size,obligor_household_income_yuan,court_ordered_yuan",
                "H1,," + HEAD_A + ",张小明,CHILD,0,30000,",
                "obligors.csv:2:6: obligor_household_size '0': expected a whole number of people, 1 or more"),
            row("obligors", "household_id,supported_id_number,obligor_id_number,obligor_name,relation,"
                    + "obligor_household_size,obligor_household_income_yuan,court_ordered_yuan",
                "H1,," + HEAD_A + ",张小明,CHILD,3,,",
                "obligors.csv:2:7: obligor_household_income_yuan '': expected a value (required column)"),
            // cases
            row("cases", Fixtures.CASES_HEADER, "C1,H1,DIBAO," + HEAD_A + ",2018-13-01,PENDING,",
                "cases.csv:2:5: application_date '2018-13-01': expected a date yyyy-MM-dd, yyyy/M/d or yyyy年M月d日"),
            row("cases", Fixtures.CASES_HEADER, "C1,H1,DIBAO," + HEAD_A + ",2018-11-01,APPROVED,",
                "cases.csv:2:7: decision_date '': expected a value: decision_date is required unless the decision is PENDING"),
            row("cases", Fixtures.CASES_HEADER, "C1,H1,低保金," + HEAD_A + ",2018-11-01,PENDING,",
                "cases.csv:2:3: program '低保金': expected one of DIBAO/低保, TEKUN/特困, TEMPORARY/临时救助"),
            // registered poor, inspectors, standards
            row("registered_poor", "poor_household_id,id_number,name,county_code,status,poverty_cause",
                "P1," + HEAD_A + ",张建国,370902,脱贫,",
                "registered_poor.csv:2:5: status '脱贫': expected one of NOT_LIFTED/未脱贫, LIFTED/已脱贫"),
            row("inspectors", "inspector_id,name,unit,county_code,active", "I1,赵敏,,370902,",
                "inspectors.csv:2:3: unit '': expected a value (required column)"),
            row("standards", "county_code,item,value", "3709,DIBAO_STANDARD,4800",
                "standards.csv:2:1: county_code '3709': expected * or a 6-digit county code"),
            row("standards", "county_code,item,value", "*,DIBAO,4800",
                "standards.csv:2:2: item 'DIBAO': "
                        + org.inspect.importing.internal.Texts.get("expected.item")),
            row("standards", "county_code,item,value", "*,DIBAO_STANDARD,4800元",
                "standards.csv:2:3: value '4800元': expected a number such as 4800 or 0.2"));
    }

    private static Arguments row(String base, String header, String data, String expected) {
        return Arguments.of(base, header, data, expected);
    }

    @ParameterizedTest(name = "{3}")
    @MethodSource("badCells")
    void reportsTheBadCellWithItsLocationAndWhatWasExpected(String base, String header, String data,
            String expected) {
        RollFile kind = RollFile.valueOf(base.toUpperCase(java.util.Locale.ROOT));
        Path file = write(dir, base + ".csv", lines(header, data));
        List<ParsedRow> rows = readAll(file, kind);
        assertEquals(1, rows.size());
        ParsedRow row = rows.get(0);
        assertNull(row.value(), "an invalid row yields no record");
        assertEquals(List.of(expected), row.errors().stream().map(RowError::format).toList());
    }

    static List<ParsedRow> readAll(Path file, RollFile kind) {
        List<ParsedRow> rows = new ArrayList<>();
        try (RowSource source = RowSources.open(file, kind, REFERENCE)) {
            for (ParsedRow r = source.next(); r != null; r = source.next()) {
                rows.add(r);
            }
            assertTrue(source.fileErrors().isEmpty(), () -> source.fileErrors().toString());
            assertEquals(1.0, source.progress(), 1e-9);
        }
        return rows;
    }

    static Stream<Arguments> goodRows() {
        return Stream.of(
            Arguments.of("households", Fixtures.HOUSEHOLDS_HEADER, "H1,370902,省庄镇,,"
                    + HEAD_A.toLowerCase() + ",", new org.inspect.model.Household("H1", "370902", "省庄镇", null,
                    HEAD_A, null)),
            Arguments.of("inspectors", "inspector_id,name,unit,county_code,active", "I1,赵敏,市民政局,370902,",
                new org.inspect.model.Inspector("I1", "赵敏", "市民政局", "370902", true)),
            Arguments.of("standards", "county_code,item,value", "*,crop_wheat,600.5",
                new org.inspect.model.Standard("*", "CROP_WHEAT", new java.math.BigDecimal("600.5"))),
            Arguments.of("incomes", Fixtures.INCOMES_HEADER, "H1,,CASH_CROP,,2.5,apple",
                new org.inspect.model.Income("H1", null, org.inspect.model.IncomeType.CASH_CROP, null,
                    new java.math.BigDecimal("2.5"), "APPLE")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goodRows")
    void readsAValidRowIntoItsRecord(String base, String header, String data, Object expected) {
        RollFile kind = RollFile.valueOf(base.toUpperCase(java.util.Locale.ROOT));
        List<ParsedRow> rows = readAll(write(dir, base + ".csv", lines(header, data)), kind);
        assertTrue(rows.get(0).valid(), () -> rows.get(0).errors().toString());
        assertNotNull(rows.get(0).value());
        assertEquals(expected, rows.get(0).value());
    }
}
