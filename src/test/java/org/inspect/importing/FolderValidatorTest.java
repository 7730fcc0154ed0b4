package org.inspect.importing;

import static org.inspect.importing.Fixtures.HEAD_A;
import static org.inspect.importing.Fixtures.HEAD_B;
import static org.inspect.importing.Fixtures.WIFE_A;
import static org.inspect.importing.Fixtures.lines;
import static org.inspect.importing.Fixtures.twoHouseholds;
import static org.inspect.importing.Fixtures.validate;
import static org.inspect.importing.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inspect.error.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cross-file checks, standards in force and the cascade of rejected rows. */
class FolderValidatorTest {

    @TempDir
    Path dir;

    private static List<String> formatted(ValidationResult r) {
        return r.errors().stream().map(RowError::format).toList();
    }

    @Test
    void acceptsAConsistentFolder() {
        twoHouseholds(dir);
        write(dir, "incomes.csv", lines(Fixtures.INCOMES_HEADER, "H1," + HEAD_A + ",CROP,,3,WHEAT",
                "H2,,MIGRANT_WORK,,6,", "H2,,CASH_CROP,,1.5,TEA"));
        write(dir, "cases.csv", lines(Fixtures.CASES_HEADER, "C1,H1,DIBAO," + WIFE_A + ",2018-11-01,APPROVED,2018-12-01"));
        ValidationResult r = validate(dir);
        assertEquals(List.of(), formatted(r));
        assertEquals(2L, r.rowCounts().get(RollFile.HOUSEHOLDS));
        assertEquals(3L, r.rowCounts().get(RollFile.MEMBERS));
        assertEquals(0, r.rejects().rejectedCount(RollFile.MEMBERS));
    }

    @Test
    void reportsDanglingHouseholdReference() {
        twoHouseholds(dir);
        write(dir, "deductions.csv", lines("household_id,type,amount_yuan", "H1,MEDICAL,3000", "H0001,MEDICAL,100"));
        ValidationResult r = validate(dir);
        assertEquals(List.of("deductions.csv:3:1: household_id 'H0001': household H0001 not found in households.csv"),
                formatted(r));
        assertTrue(r.rejects().isRejected(RollFile.DEDUCTIONS, 3));
        assertFalse(r.rejects().isRejected(RollFile.DEDUCTIONS, 2));
    }

    @Test
    void reportsCaseApplicantWhoIsNotAMemberOfTheHousehold() {
        twoHouseholds(dir);
        write(dir, "cases.csv", lines(Fixtures.CASES_HEADER, "C1,H2,TEKUN," + HEAD_A + ",2018-11-01,PENDING,"));
        assertEquals(List.of("cases.csv:2:4: applicant_id_number '" + HEAD_A + "': " + HEAD_A
                + " is not a member of household H2 in members.csv"), formatted(validate(dir)));
    }

    @Test
    void reportsIncomeEarnerAndSupportedPersonOutsideTheHousehold() {
        twoHouseholds(dir);
        write(dir, "incomes.csv", lines(Fixtures.INCOMES_HEADER, "H2," + WIFE_A + ",WAGE,1000,,"));
        write(dir, "obligors.csv", lines("household_id,supported_id_number,obligor_id_number,obligor_name,relation,"
                + "obligor_household_size,obligor_household_income_yuan", "H2," + HEAD_A + "," + WIFE_A
                + ",李秀英,CHILD,3,30000"));
        assertEquals(List.of(
                "incomes.csv:2:2: id_number '" + WIFE_A + "': " + WIFE_A + " is not a member of household H2 in members.csv",
                "obligors.csv:2:2: supported_id_number '" + HEAD_A + "': " + HEAD_A
                        + " is not a member of household H2 in members.csv"), formatted(validate(dir)));
    }

    @Test
    void reportsCountyWithoutDibaoStandard() {
        write(dir, "households.csv", lines(Fixtures.HOUSEHOLDS_HEADER, "H9,370999,某镇,," + HEAD_A + ","));
        write(dir, "members.csv", lines(Fixtures.MEMBERS_HEADER, "H9," + HEAD_A + ",张三,HEAD,,,FULL,,"));
        write(dir, "standards.csv", lines("county_code,item,value", "370902,DIBAO_STANDARD,5000"));
        ValidationResult r = new FolderValidator(RollFolder.scan(dir), new StandardsTable(List.of()),
                Fixtures.REFERENCE).validate();
        assertEquals(List.of("households.csv:2:2: county_code '370999': no DIBAO_STANDARD for county 370999 and no "
                + "city-wide (*) default"), formatted(r));
        assertEquals(List.of("because household H9 was rejected"), r.rejects().reasons(RollFile.MEMBERS, 2));
    }

    @Test
    void reportsCropAndMigrantRowsWithoutTheirStandard() {
        twoHouseholds(dir);
        write(dir, "incomes.csv", lines(Fixtures.INCOMES_HEADER, "H1,,CROP,,3,RICE", "H1,,CASH_CROP,,1,DURIAN",
                "H1,,MIGRANT_WORK,,6,"));
        write(dir, "standards.csv", lines("county_code,item,value", "*,DIBAO_STANDARD,4800"));
        ValidationResult r = new FolderValidator(RollFolder.scan(dir), new StandardsTable(List.of()),
                Fixtures.REFERENCE).validate();
        assertEquals(List.of(
                "incomes.csv:2:6: item 'RICE': no CROP_RICE for county 370902 and no city-wide (*) default",
                "incomes.csv:3:6: item 'DURIAN': no CASH_DURIAN for county 370902 and no city-wide (*) default",
                "incomes.csv:4:5: quantity '6': no MIGRANT_WORK_MONTH for county 370902 and no city-wide (*) default"),
                formatted(r));
    }

    @Test
    void reportsDuplicateKeys() {
        write(dir, "households.csv", lines(Fixtures.HOUSEHOLDS_HEADER, "H1,370902,省庄镇,," + HEAD_A + ",",
                "H1,370902,省庄镇,," + HEAD_A + ","));
        write(dir, "members.csv", lines(Fixtures.MEMBERS_HEADER, "H1," + HEAD_A + ",张三,HEAD,,,FULL,,",
                "H1," + HEAD_A.toLowerCase() + ",张三,HEAD,,,FULL,,"));
        write(dir, "cases.csv", lines(Fixtures.CASES_HEADER, "C1,H1,DIBAO," + HEAD_A + ",2018-11-01,PENDING,",
                "C1,H1,DIBAO," + HEAD_A + ",2018-11-02,PENDING,"));
        write(dir, "inspectors.csv", lines("inspector_id,name,unit,county_code", "I1,赵敏,市民政局,370902",
                "I1,钱进,市扶贫办,370911"));
        assertEquals(List.of(
                "households.csv:3:1: household_id 'H1': expected a unique household_id; H1 is already on an earlier row",
                "members.csv:3:2: id_number '" + HEAD_A + "': expected an id_number unique across members.csv; "
                        + HEAD_A + " is already on an earlier row",
                "cases.csv:3:1: case_id 'C1': expected a unique case_id; C1 is already on an earlier row",
                "inspectors.csv:3:1: inspector_id 'I1': expected a unique inspector_id; I1 is already on an earlier row"),
                formatted(validate(dir)));
    }

    @Test
    void reportsRegisteredPoorCountyUnknownToStandards() {
        write(dir, "registered_poor.csv", lines("poor_household_id,id_number,name,county_code,status",
                "P1," + HEAD_A + ",张三,370902,未脱贫", "P2," + HEAD_B + ",王强,370999,LIFTED"));
        write(dir, "standards.csv", lines("county_code,item,value", "370902,DIBAO_STANDARD,4800"));
        ValidationResult r = new FolderValidator(RollFolder.scan(dir), new StandardsTable(List.of()),
                Fixtures.REFERENCE).validate();
        assertEquals(List.of("registered_poor.csv:3:4: county_code '370999': no DIBAO_STANDARD for county 370999 "
                + "and no city-wide (*) default"), formatted(r));
    }

    @Test
    void rejectsDependentsOfARejectedHouseholdWithIt() {
        twoHouseholds(dir);
        write(dir, "households.csv", lines(Fixtures.HOUSEHOLDS_HEADER, "H1,370902,,," + HEAD_A + ",",
                "H2,370911,满庄镇,," + HEAD_B + ","));
        write(dir, "incomes.csv", lines(Fixtures.INCOMES_HEADER, "H1,,PENSION,1800,,", "H2,,PENSION,1800,,"));
        write(dir, "cases.csv", lines(Fixtures.CASES_HEADER, "C1,H1,DIBAO," + HEAD_A + ",2018-11-01,PENDING,"));
        ValidationResult r = validate(dir);
        assertEquals(1, r.errorCount());
        Rejects rejects = r.rejects();
        assertEquals(List.of("because household H1 was rejected"), rejects.reasons(RollFile.MEMBERS, 2));
        assertEquals(2, rejects.rejectedCount(RollFile.MEMBERS));
        assertFalse(rejects.isRejected(RollFile.MEMBERS, 4));
        assertTrue(rejects.isRejected(RollFile.INCOMES, 2));
        assertFalse(rejects.isRejected(RollFile.INCOMES, 3));
        assertTrue(rejects.isRejected(RollFile.CASES, 2));
    }

    @Test
    void rejectsHouseholdWhoseHeadIsRejectedAndThenItsOtherMembers() throws Exception {
        twoHouseholds(dir);
        write(dir, "members.csv", lines(Fixtures.MEMBERS_HEADER,
                "H1," + WIFE_A + ",李秀英,配偶,2,肢体,无,,",
                "H1," + HEAD_A + ",张建国,HEAD,,,SOMETIMES,Y,N",
                "H2," + HEAD_B + ",王强,户主,0,,FULL,否,否"));
        write(dir, "assets.csv", lines("household_id,type,value_yuan,necessary", "H1,HOUSE,80000,Y"));
        ValidationResult r = validate(dir);
        assertEquals(1, r.errorCount(), () -> formatted(r).toString());
        Rejects rejects = r.rejects();
        assertEquals(List.of("because head " + HEAD_A + " was rejected in members.csv"),
                rejects.reasons(RollFile.HOUSEHOLDS, 2));
        assertEquals(List.of("because household H1 was rejected"), rejects.reasons(RollFile.MEMBERS, 2));
        assertTrue(rejects.isRejected(RollFile.MEMBERS, 3));
        assertTrue(rejects.isRejected(RollFile.ASSETS, 2));
        assertFalse(rejects.isRejected(RollFile.HOUSEHOLDS, 3));

        Path out = dir.resolve("rejects.csv");
        rejects.writeCsv(out);
        assertEquals(List.of("\uFEFFfile,line,reasons",
                "households.csv,2,because head " + HEAD_A + " was rejected in members.csv",
                "members.csv,2,because household H1 was rejected",
                "members.csv,3,\"labour_capacity 'SOMETIMES': expected one of FULL/有, PARTIAL/部分, NONE/无\"",
                "assets.csv,2,because household H1 was rejected"), Files.readAllLines(out));
    }

    @Test
    void reportsHeadWhoIsNotAMemberOfTheHousehold() {
        twoHouseholds(dir);
        write(dir, "households.csv", lines(Fixtures.HOUSEHOLDS_HEADER, "H1,370902,省庄镇,," + HEAD_B + ",",
                "H2,370911,满庄镇,," + HEAD_B + ","));
        assertEquals(List.of("households.csv:2:5: head_id_number '" + HEAD_B + "': head " + HEAD_B
                + " is not a member of household H1 in members.csv"), formatted(validate(dir)));
    }

    @Test
    void rejectsEveryDependentFileWhenHouseholdsLackARequiredColumn() {
        twoHouseholds(dir);
        write(dir, "households.csv", lines("household_id,county_code,head_id_number", "H1,370902," + HEAD_A));
        ValidationResult r = validate(dir);
        assertEquals(List.of("households.csv:0:0: missing required column township [乡镇街道] in the header row"),
                formatted(r));
        assertTrue(r.rejects().isRejected(RollFile.MEMBERS, 2));
    }

    @Test
    void reportsAFileGivenBothAsCsvAndXlsx() throws Exception {
        twoHouseholds(dir);
        Files.writeString(dir.resolve("inspectors.csv"), "inspector_id,name,unit,county_code\n");
        Files.writeString(dir.resolve("inspectors.xlsx"), "");
        ValidationResult r = validate(dir);
        assertEquals(List.of("inspectors.csv:0:0: both inspectors.csv and inspectors.xlsx are present; keep one of them"),
                formatted(r));
        assertTrue(r.rejects().isFileRejected(RollFile.INSPECTORS));
    }

    /**
     * Issue 12 (newer than the row-by-row rule this test pinned before): a value the folder gives for an item, county
     * row or city-wide, outranks every shipped value of that item; shipped rows fill only the items it does not give.
     */
    @Test
    void folderStandardsTakeOverEveryItemTheyGive() {
        write(dir, "standards.csv", lines("区县代码,项目,数值", "370921,DIBAO_STANDARD,4900", "*,CASH_APPLE,3100"));
        ValidationResult r = validate(dir);
        var s = r.effectiveStandards();
        assertEquals(new BigDecimal("4900"), s.get("370921", "DIBAO_STANDARD").value());
        // the folder gives DIBAO_STANDARD for 370921 only: the shipped 370902 row and * row no longer apply
        assertTrue(s.find("370902", "DIBAO_STANDARD").isEmpty());
        assertTrue(s.find("370923", "DIBAO_STANDARD").isEmpty());
        // the folder's city-wide CASH_APPLE beats the shipped county row 370983 → 3200
        assertEquals(new BigDecimal("3100"), s.get("370923", "CASH_APPLE").value());
        assertEquals(new BigDecimal("3100"), s.get("370983", "CASH_APPLE").value());
        // items the folder does not give keep the shipped rows, county rows included
        assertEquals(new BigDecimal("1730"), s.get("370902", "MIN_WAGE").value());
        assertEquals(new BigDecimal("1630"), s.get("370923", "MIN_WAGE").value());
        // and each value names its row: the folder's file and line, or the shipped default's
        assertEquals(new org.inspect.model.StandardSource(false, "standards.csv", 3),
                s.get("370983", "CASH_APPLE").source());
        assertEquals(new org.inspect.model.StandardSource(true, "config/standards.csv", 22),
                s.get("370902", "MIN_WAGE").source());
    }

    @Test
    void shippedDefaultsHoldEveryFixedItemCityWide() {
        var s = Fixtures.shippedStandards().standards();
        for (String item : List.of("DIBAO_STANDARD", "TEKUN_STANDARD", "MIN_WAGE", "RURAL_DISPOSABLE_INCOME",
                "SUPPORT_RATE", "FINANCIAL_ASSET_MONTHS", "NON_FINANCIAL_ASSET_LIMIT", "MIGRANT_WORK_MONTH",
                "NOTICE_MIN_DAYS", "CROP_WHEAT", "CROP_CORN", "CASH_APPLE", "CASH_TEA")) {
            assertEquals("*", s.get("370972", item).fromCounty(), item);
        }
    }

    @Test
    void refusesABrokenDefaultsFile() {
        Path bad = write(dir, "defaults.csv", lines("county_code,item,value", "*,DIBAO_STANDARD,四千八"));
        BadInputException e = assertThrows(BadInputException.class, () -> StandardsTable.load(bad));
        assertEquals("defaults.csv:2:3: value '四千八': expected a number such as 4800 or 0.2", e.getMessage());
    }

    @Test
    void keepsTheFirstErrorsAndCountsAll() {
        twoHouseholds(dir);
        write(dir, "deductions.csv", lines("household_id,type,amount_yuan", "X1,MEDICAL,1", "X2,MEDICAL,1",
                "X3,MEDICAL,1"));
        ValidationResult r = new FolderValidator(RollFolder.scan(dir), Fixtures.shippedStandards(), Fixtures.REFERENCE,
                2).validate();
        assertEquals(3, r.errorCount());
        assertEquals(2, r.errors().size());
    }
}
