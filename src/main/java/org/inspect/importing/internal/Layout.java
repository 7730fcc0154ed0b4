package org.inspect.importing.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.inspect.importing.RollFile;

/** The columns of each file, as tabled in data-format.md. */
public final class Layout {

    public static final String HOUSEHOLD_ID = "household_id";
    public static final String ID_NUMBER = "id_number";
    public static final String NAME = "name";
    public static final String COUNTY_CODE = "county_code";
    public static final String AMOUNT_YUAN = "amount_yuan";

    private static final Map<RollFile, List<Column>> COLUMNS = new EnumMap<>(RollFile.class);

    /**
     * The widths of the text columns stored as written, the one table of them the import checks against (and
     * ColumnLimitsTest holds equal to the migrated schema of both databases).
     */
    static final int ID = 64;
    static final int NAME_LENGTH = 100;
    static final int PLACE = 100;
    static final int ADDRESS = 500;
    static final int REASON = 8000;

    static {
        Column householdId = req(HOUSEHOLD_ID, "户编号").text(ID);
        Column idNumber = req(ID_NUMBER, "身份证号");
        Column name = req(NAME, "姓名").text(NAME_LENGTH);
        Column county = req(COUNTY_CODE, "区县代码");
        COLUMNS.put(RollFile.HOUSEHOLDS, List.of(householdId, county, req("township", "乡镇街道").text(PLACE),
                opt("village", "村居").text(PLACE), req("head_id_number", "户主身份证号"),
                opt("address", "地址").text(ADDRESS)));
        COLUMNS.put(RollFile.MEMBERS, List.of(householdId, idNumber, name, req("relation", "与户主关系"),
                opt("disability_grade", "残疾等级"), opt("disability_type", "残疾类别"),
                req("labour_capacity", "劳动能力"), opt("serious_illness", "重病"), opt("state_funded", "财政供养人员")));
        COLUMNS.put(RollFile.INCOMES, List.of(householdId, opt(ID_NUMBER, "身份证号"), req("type", "收入类型"),
                opt(AMOUNT_YUAN, "金额"), opt("quantity", "数量"), opt("item", "作物").text(40)));
        COLUMNS.put(RollFile.DEDUCTIONS, List.of(householdId, req("type", "扣减类型"), req(AMOUNT_YUAN, "金额")));
        COLUMNS.put(RollFile.ASSETS, List.of(householdId, req("type", "财产类型"), req("value_yuan", "价值"),
                req("necessary", "生产生活必需"), opt("description", "说明").text(ADDRESS)));
        COLUMNS.put(RollFile.OBLIGORS, List.of(householdId, opt("supported_id_number", "被赡养人身份证号"),
                req("obligor_id_number", "义务人身份证号"), req("obligor_name", "义务人姓名").text(NAME_LENGTH),
                req("relation", "关系"), req("obligor_household_size", "义务人家庭人口"),
                req("obligor_household_income_yuan", "义务人家庭年收入"), opt("court_ordered_yuan", "法律文书确定金额")));
        COLUMNS.put(RollFile.CASES, List.of(req("case_id", "案件编号").text(ID), householdId, req("program", "救助类型"),
                req("applicant_id_number", "申请人身份证号"), req("application_date", "申请日期"),
                req("decision", "审批结果"), opt("decision_date", "审批日期"), opt("decision_reason", "理由").text(REASON),
                opt("monthly_benefit_yuan", "月保障金"), opt("survey_date", "入户调查日期"),
                opt("neighbour_visit_date", "邻里访问日期"), opt("info_check_date", "信息核对日期"),
                opt("appraisal_date", "民主评议日期"), opt("notice_start", "公示开始"), opt("notice_end", "公示结束"),
                opt("written_conclusion", "书面结论"), opt("filed", "备案")));
        COLUMNS.put(RollFile.REGISTERED_POOR, List.of(req("poor_household_id", "贫困户编号").text(ID), idNumber, name,
                county, req("status", "脱贫状态"), opt("poverty_cause", "致贫原因").text(200)));
        COLUMNS.put(RollFile.INSPECTORS, List.of(req("inspector_id", "人员编号").text(ID), name,
                req("unit", "单位").text(200), county, opt("active", "在岗")));
        COLUMNS.put(RollFile.STANDARDS, List.of(county, req("item", "项目").text(ID), req("value", "数值")));
    }

    private Layout() {
    }

    private static Column req(String name, String chinese) {
        return new Column(name, chinese, true);
    }

    private static Column opt(String name, String chinese) {
        return new Column(name, chinese, false);
    }

    /** The columns of a file, in the order of the format. */
    public static List<Column> columns(RollFile file) {
        return COLUMNS.get(file);
    }
}
