package org.inspect.importing.internal;

import static org.inspect.importing.internal.Layout.AMOUNT_YUAN;
import static org.inspect.importing.internal.Layout.COUNTY_CODE;
import static org.inspect.importing.internal.Layout.HOUSEHOLD_ID;
import static org.inspect.importing.internal.Layout.ID_NUMBER;
import static org.inspect.importing.internal.Layout.NAME;

import java.math.BigDecimal;
import java.util.function.Function;
import org.inspect.importing.RollFile;
import org.inspect.model.Asset;
import org.inspect.model.AssetType;
import org.inspect.model.AssistanceCase;
import org.inspect.model.Decision;
import org.inspect.model.Deduction;
import org.inspect.model.DeductionType;
import org.inspect.model.DisabilityType;
import org.inspect.model.Household;
import org.inspect.model.IdNumber;
import org.inspect.model.Income;
import org.inspect.model.IncomeType;
import org.inspect.model.Inspector;
import org.inspect.model.LabourCapacity;
import org.inspect.model.Member;
import org.inspect.model.Obligor;
import org.inspect.model.PovertyStatus;
import org.inspect.model.Program;
import org.inspect.model.RegisteredPoorPerson;
import org.inspect.model.Relation;
import org.inspect.model.Standard;
import org.inspect.model.StandardItem;

/**
 * Turns one row's cells into the model record of its file, applying the rules a row can check on its own.
 * Each parser reads every cell (so that all of a row's errors are reported) and yields null on any error.
 */
final class RowParsers {

    // keys of the import's messages (Texts), not texts: a message is made in the locale's language when it is said
    public static final String EXPECTED_GRADE = "expected.grade";
    public static final String EXPECTED_PEOPLE = "expected.people";
    public static final String EXPECTED_QUANTITY = "expected.quantity";
    public static final String EXPECTED_AMOUNT_OR_QUANTITY = "expected.amountOrQuantity";
    public static final String EXPECTED_STANDARD_COUNTY = "expected.standardCounty";
    public static final String EXPECTED_ITEM = "expected.item";
    public static final String EXPECTED_NUMBER = "expected.number";

    private RowParsers() {
    }

    /** The parser of a file's rows. */
    public static Function<Cells, Object> of(RollFile kind) {
        return switch (kind) {
            case HOUSEHOLDS -> RowParsers::household;
            case MEMBERS -> RowParsers::member;
            case INCOMES -> RowParsers::income;
            case DEDUCTIONS -> RowParsers::deduction;
            case ASSETS -> RowParsers::asset;
            case OBLIGORS -> RowParsers::obligor;
            case CASES -> RowParsers::assistanceCase;
            case REGISTERED_POOR -> RowParsers::registeredPoor;
            case INSPECTORS -> RowParsers::inspector;
            case STANDARDS -> RowParsers::standard;
        };
    }

    private static <T> T valid(Cells c, T value) {
        return c.errors().isEmpty() ? value : null;
    }

    static Household household(Cells c) {
        return valid(c, new Household(c.text(HOUSEHOLD_ID, true), c.county(COUNTY_CODE), c.text("township", true),
                c.text("village", false), c.idText("head_id_number", true), c.text("address", false)));
    }

    static Member member(Cells c) {
        String householdId = c.text(HOUSEHOLD_ID, true);
        IdNumber id = c.idNumber(ID_NUMBER, true);
        String name = c.text(NAME, true);
        Relation relation = c.coded("relation", Relation.class, true);
        Integer grade = c.whole("disability_grade", false, EXPECTED_GRADE);
        if (grade != null && grade > 4) {
            c.error("disability_grade", EXPECTED_GRADE);
        }
        DisabilityType type = c.coded("disability_type", DisabilityType.class, false);
        LabourCapacity labour = c.coded("labour_capacity", LabourCapacity.class, true);
        Boolean ill = c.yesNo("serious_illness", false);
        Boolean funded = c.yesNo("state_funded", false);
        return valid(c, new Member(householdId, id, name, relation, grade == null || grade == 0 ? null : grade,
                type, labour, Boolean.TRUE.equals(ill), Boolean.TRUE.equals(funded)));
    }

    static Income income(Cells c) {
        String householdId = c.text(HOUSEHOLD_ID, true);
        String id = c.idText(ID_NUMBER, false);
        IncomeType type = c.coded("type", IncomeType.class, true);
        BigDecimal amount = c.money(AMOUNT_YUAN, false);
        BigDecimal quantity = c.decimal("quantity", false, false, EXPECTED_QUANTITY);
        String item = c.text("item", false);
        if (amount == null && quantity == null && c.raw(AMOUNT_YUAN).isEmpty() && c.raw("quantity").isEmpty()) {
            c.error(AMOUNT_YUAN, EXPECTED_AMOUNT_OR_QUANTITY);
        } else if (amount == null && quantity != null && type != null && !byQuantity(type)) {
            c.error(AMOUNT_YUAN, "expected.byQuantityOnly");
        } else if (amount == null && quantity != null && item == null
                && (type == IncomeType.CROP || type == IncomeType.CASH_CROP)) {
            c.error("item", "expected.cropItem", type);
        }
        return valid(c, new Income(householdId, id, type, amount, quantity,
                item == null ? null : item.toUpperCase(java.util.Locale.ROOT)));
    }

    /** Whether an income of this type may be given by quantity and priced by the county standard. */
    public static boolean byQuantity(IncomeType type) {
        return type == IncomeType.CROP || type == IncomeType.CASH_CROP || type == IncomeType.MIGRANT_WORK;
    }

    static Deduction deduction(Cells c) {
        return valid(c, new Deduction(c.text(HOUSEHOLD_ID, true), c.coded("type", DeductionType.class, true),
                c.money(AMOUNT_YUAN, true)));
    }

    static Asset asset(Cells c) {
        String householdId = c.text(HOUSEHOLD_ID, true);
        AssetType type = c.coded("type", AssetType.class, true);
        BigDecimal value = c.money("value_yuan", true);
        Boolean necessary = c.yesNo("necessary", true);
        return valid(c, new Asset(householdId, type, value, Boolean.TRUE.equals(necessary),
                c.text("description", false)));
    }

    static Obligor obligor(Cells c) {
        String householdId = c.text(HOUSEHOLD_ID, true);
        String supported = c.idText("supported_id_number", false);
        String obligorId = c.idText("obligor_id_number", true);
        String name = c.text("obligor_name", true);
        Relation relation = c.coded("relation", Relation.class, true);
        Integer size = c.whole("obligor_household_size", true, EXPECTED_PEOPLE);
        if (size != null && size < 1) {
            c.error("obligor_household_size", EXPECTED_PEOPLE);
        }
        BigDecimal income = c.money("obligor_household_income_yuan", true);
        BigDecimal court = c.money("court_ordered_yuan", false);
        return valid(c, new Obligor(householdId, supported, obligorId, name, relation, size == null ? 0 : size,
                income, court));
    }

    static AssistanceCase assistanceCase(Cells c) {
        String caseId = c.text("case_id", true);
        String householdId = c.text(HOUSEHOLD_ID, true);
        Program program = c.coded("program", Program.class, true);
        String applicant = c.idText("applicant_id_number", true);
        var applied = c.date("application_date", true);
        Decision decision = c.coded("decision", Decision.class, true);
        var decided = c.date("decision_date", false);
        if (decided == null && c.raw("decision_date").isEmpty() && decision != null && decision != Decision.PENDING) {
            c.error("decision_date", "expected.decisionDate");
        }
        return valid(c, new AssistanceCase(caseId, householdId, program, applicant, applied, decision, decided,
                c.text("decision_reason", false), c.money("monthly_benefit_yuan", false),
                c.date("survey_date", false), c.date("neighbour_visit_date", false), c.date("info_check_date", false),
                c.date("appraisal_date", false), c.date("notice_start", false), c.date("notice_end", false),
                c.yesNo("written_conclusion", false), c.yesNo("filed", false)));
    }

    static RegisteredPoorPerson registeredPoor(Cells c) {
        return valid(c, new RegisteredPoorPerson(c.text("poor_household_id", true), c.idText(ID_NUMBER, true),
                c.text(NAME, true), c.county(COUNTY_CODE), c.coded("status", PovertyStatus.class, true),
                c.text("poverty_cause", false)));
    }

    static Inspector inspector(Cells c) {
        String id = c.text("inspector_id", true);
        String name = c.text(NAME, true);
        String unit = c.text("unit", true);
        String county = c.county(COUNTY_CODE);
        Boolean active = c.yesNo("active", false);
        return valid(c, new Inspector(id, name, unit, county, active == null || active));
    }

    static Standard standard(Cells c) {
        String county = c.text(COUNTY_CODE, true);
        if (county != null && !county.equals(StandardItem.CITY_WIDE) && !county.matches("\\d{6}")) {
            c.error(COUNTY_CODE, EXPECTED_STANDARD_COUNTY);
        }
        String item = c.text("item", true);
        String normalised = item == null ? null : item.toUpperCase(java.util.Locale.ROOT);
        if (normalised != null && !StandardItem.isKnown(normalised)) {
            c.error("item", EXPECTED_ITEM);
        }
        BigDecimal value = c.decimal("value", true, false, EXPECTED_NUMBER);
        return valid(c, new Standard(county, normalised, value));
    }
}
