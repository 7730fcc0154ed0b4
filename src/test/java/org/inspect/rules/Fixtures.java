package org.inspect.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.inspect.model.Asset;
import org.inspect.model.AssetType;
import org.inspect.model.AssistanceCase;
import org.inspect.model.Decision;
import org.inspect.model.Deduction;
import org.inspect.model.DeductionType;
import org.inspect.model.DisabilityType;
import org.inspect.model.Household;
import org.inspect.model.HouseholdFile;
import org.inspect.model.IdNumber;
import org.inspect.model.Income;
import org.inspect.model.IncomeType;
import org.inspect.model.LabourCapacity;
import org.inspect.model.Member;
import org.inspect.model.Obligor;
import org.inspect.model.PovertyStatus;
import org.inspect.model.Program;
import org.inspect.model.RegisteredPoorPerson;
import org.inspect.model.Relation;
import org.inspect.model.Standard;
import org.inspect.model.Standards;

/** Small named builders of households, standards and cases for the engine tests; ages relative to {@link #REF}. */
final class Fixtures {

    static final LocalDate REF = LocalDate.of(2019, 3, 1);
    static final String COUNTY = "370902";
    /** A county with its own dibao standard row overriding the city-wide one. */
    static final String COUNTY_WITH_OWN_ROW = "370921";

    private static int sequence = 100;

    private Fixtures() {
    }

    static Standards standards() {
        return new Standards(List.of(
                std("*", "DIBAO_STANDARD", "4800"),
                std(COUNTY_WITH_OWN_ROW, "DIBAO_STANDARD", "5400"),
                std("*", "SUPPORT_RATE", "0.3"),
                std("*", "FINANCIAL_ASSET_MONTHS", "24"),
                std("*", "NON_FINANCIAL_ASSET_LIMIT", "30000"),
                std("*", "MIGRANT_WORK_MONTH", "2000"),
                std("*", "NOTICE_MIN_DAYS", "7"),
                std("*", "CROP_WHEAT", "600"),
                std(COUNTY_WITH_OWN_ROW, "CROP_WHEAT", "700"),
                std("*", "CASH_APPLE", "3000")));
    }

    /** The standards with the county row of 370902 for the dibao standard (so details say 本县). */
    static Standards standardsWithCountyRow(String dibao) {
        List<Standard> rows = new ArrayList<>();
        rows.add(std(COUNTY, "DIBAO_STANDARD", dibao));
        rows.add(std("*", "SUPPORT_RATE", "0.3"));
        rows.add(std("*", "NOTICE_MIN_DAYS", "7"));
        return new Standards(rows);
    }

    static Standard std(String county, String item, String value) {
        return new Standard(county, item, new BigDecimal(value));
    }

    static EligibilityEngine engine() {
        return engine(standards());
    }

    static EligibilityEngine engine(Standards standards) {
        return new EligibilityEngine(standards, criteria(), REF);
    }

    static ExclusionCriteria criteria() {
        return ExclusionCriteriaTest.CRITERIA;
    }

    /** A valid identity number of someone born on {@code birth}. */
    static String idBornOn(LocalDate birth, boolean male) {
        int seq = sequence++ % 900 + 100;
        if (male != (seq % 2 == 1)) {
            seq = seq == 999 ? 101 : seq + 1;
        }
        String first17 = COUNTY + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + seq;
        return first17 + IdNumber.checkCharacter(first17);
    }

    /** An identity number of someone exactly {@code age} on the reference date (birthday that day). */
    static String idAged(int age, boolean male) {
        return idBornOn(REF.minusYears(age), male);
    }

    static BigDecimal yuan(String v) {
        return new BigDecimal(v);
    }

    // ---- named households -------------------------------------------------------------------------------

    /** A widow of 72 living alone on a 2,400 yuan pension: dibao- and tekun-eligible, not covered. */
    static HouseholdBuilder elderlyWidowAlone() {
        return new HouseholdBuilder("H-WIDOW").member(Relation.HEAD, "刘秀英", idAged(72, false), LabourCapacity.NONE)
                .income(IncomeType.PENSION, "2400");
    }

    /** An elderly couple on 6,000 yuan a year whose son has a car and an income too low to support them. */
    static HouseholdBuilder coupleWithCarOwningSon() {
        return new HouseholdBuilder("H-COUPLE")
                .member(Relation.HEAD, "王大山", idAged(68, true), LabourCapacity.PARTIAL)
                .member(Relation.SPOUSE, "李桂兰", idAged(66, false), LabourCapacity.PARTIAL)
                .income(IncomeType.CROP, null, "5", "WHEAT")
                .obligor(null, "王强", idAged(40, true), Relation.CHILD, 3, "25000", null)
                .refusal("C-COUPLE-1", Program.DIBAO, Decision.REJECTED, LocalDate.of(2019, 1, 10), "儿子有小轿车，不予批准",
                        true, true);
    }

    /** A working-age couple with a wage well above the standard, on dibao with a full procedure. */
    static HouseholdBuilder workingCoupleOnDibao() {
        return new HouseholdBuilder("H-WORK")
                .member(Relation.HEAD, "赵刚", idAged(40, true), LabourCapacity.FULL)
                .member(Relation.SPOUSE, "孙丽", idAged(38, false), LabourCapacity.FULL)
                .income(IncomeType.WAGE, "36000")
                .approved("C-WORK-1", Program.DIBAO, null);
    }

    /** Builds one household file; members, rows and cases in the order given. */
    static final class HouseholdBuilder {
        private final String id;
        private String county = COUNTY;
        private final List<Member> members = new ArrayList<>();
        private final List<Income> incomes = new ArrayList<>();
        private final List<Deduction> deductions = new ArrayList<>();
        private final List<Asset> assets = new ArrayList<>();
        private final List<Obligor> obligors = new ArrayList<>();
        private final List<AssistanceCase> cases = new ArrayList<>();
        private final List<RegisteredPoorPerson> poor = new ArrayList<>();

        HouseholdBuilder(String id) {
            this.id = id;
        }

        HouseholdBuilder county(String code) {
            this.county = code;
            return this;
        }

        HouseholdBuilder member(Relation relation, String name, String idNumber, LabourCapacity capacity) {
            return member(relation, name, idNumber, capacity, null, null);
        }

        HouseholdBuilder member(Relation relation, String name, String idNumber, LabourCapacity capacity,
                DisabilityType type, Integer grade) {
            members.add(new Member(id, IdNumber.parse(idNumber), name, relation, grade, type, capacity, false, false));
            return this;
        }

        HouseholdBuilder income(IncomeType type, String amount) {
            incomes.add(new Income(id, null, type, yuan(amount), null, null));
            return this;
        }

        HouseholdBuilder income(IncomeType type, String amount, String quantity, String item) {
            incomes.add(new Income(id, null, type, amount == null ? null : yuan(amount),
                    quantity == null ? null : yuan(quantity), item));
            return this;
        }

        HouseholdBuilder deduction(DeductionType type, String amount) {
            deductions.add(new Deduction(id, type, yuan(amount)));
            return this;
        }

        HouseholdBuilder asset(AssetType type, String value, boolean necessary, String description) {
            assets.add(new Asset(id, type, yuan(value), necessary, description));
            return this;
        }

        HouseholdBuilder obligor(String supportedId, String name, String obligorId, Relation relation, int size,
                String income, String courtOrdered) {
            obligors.add(new Obligor(id, supportedId, obligorId, name, relation, size, yuan(income),
                    courtOrdered == null ? null : yuan(courtOrdered)));
            return this;
        }

        /** An approved case with a complete, lawful procedure; {@code applicant} null means the head. */
        HouseholdBuilder approved(String caseId, Program program, String applicant) {
            return caseRow(approvedCase(caseId, program, applicant == null ? headId() : applicant));
        }

        AssistanceCase approvedCase(String caseId, Program program, String applicant) {
            return new AssistanceCase(caseId, id, program, applicant, LocalDate.of(2018, 10, 8), Decision.APPROVED,
                    LocalDate.of(2018, 11, 20), null, yuan("400"), LocalDate.of(2018, 10, 15), LocalDate.of(2018, 10, 16),
                    LocalDate.of(2018, 10, 20), LocalDate.of(2018, 10, 25), LocalDate.of(2018, 11, 1),
                    LocalDate.of(2018, 11, 7), null, null);
        }

        HouseholdBuilder refusal(String caseId, Program program, Decision decision, LocalDate date, String reason,
                Boolean written, Boolean filed) {
            return refusalOf(caseId, program, null, decision, date, reason, written, filed);
        }

        HouseholdBuilder refusalOf(String caseId, Program program, String applicant, Decision decision,
                LocalDate date, String reason, Boolean written, Boolean filed) {
            return caseRow(new AssistanceCase(caseId, id, program, applicant == null ? headId() : applicant,
                    date.minusMonths(1), decision, date, reason, null, null, null, null, null, null, null, written,
                    filed));
        }

        HouseholdBuilder caseRow(AssistanceCase c) {
            cases.add(c);
            return this;
        }

        HouseholdBuilder registeredPoor(String poorHouseholdId, PovertyStatus status) {
            for (Member m : members) {
                poor.add(new RegisteredPoorPerson(poorHouseholdId, m.idNumber().value(), m.name(), county, status,
                        "因病"));
            }
            return this;
        }

        String headId() {
            return members.get(0).idNumber().value();
        }

        String memberId(int index) {
            return members.get(index).idNumber().value();
        }

        HouseholdFile build() {
            Household h = new Household(id, county, "某镇", "某村", headId(), null);
            return new HouseholdFile(h, List.copyOf(members), List.copyOf(incomes), List.copyOf(deductions),
                    List.copyOf(assets), List.copyOf(obligors), List.copyOf(cases), List.copyOf(poor));
        }
    }
}
