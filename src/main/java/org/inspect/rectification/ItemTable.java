package org.inspect.rectification;

import java.util.ArrayList;
import java.util.List;
import org.inspect.export.SheetWriter;
import org.inspect.model.Counties;
import org.inspect.model.Masking;
import org.inspect.model.Rule;

/**
 * The items of {@code rectify list} as a table in Chinese (the terminal, CSV and xlsx share its columns): the
 * household's identity number and the names in the finding's sentence are masked unless {@code fullData}.
 */
public final class ItemTable {

    /** The columns, in order. */
    public static final List<String> HEADER = List.of("事项", "通知书文号", "序号", "县（市、区）", "问题类型", "户编号",
            "案件编号", "身份证号", "状态", "整改期限", "逾期", "县（市、区）报送", "比对结果", "问题");

    private final boolean fullData;

    public ItemTable(boolean fullData) {
        this.fullData = fullData;
    }

    /** One row's cells. */
    public List<String> cells(Rectification.Row r) {
        Item i = r.item();
        List<String> c = new ArrayList<>();
        c.add(Long.toString(i.id()));
        c.add(i.noticeNumber());
        c.add(Integer.toString(i.itemNo()));
        c.add(Counties.name(i.countyCode()));
        c.add(ruleName(i.rule()));
        c.add(nz(i.householdId()));
        c.add(nz(i.caseId()));
        c.add(i.idNumber() == null ? "" : fullData ? i.idNumber() : Masking.idNumber(i.idNumber()));
        c.add(i.state().chinese());
        c.add(i.deadline().toString());
        c.add(r.overdue() ? "逾期" : r.awaitingReview() ? "待复核" : "");
        c.add(r.claim() == null ? "" : r.claim().chinese());
        c.add((r.rolls() == null ? "" : r.rolls().chinese()) + (r.contradicted() ? "（与报送不符）" : ""));
        c.add(fullData ? i.detail() : i.detailMasked());
        return c;
    }

    static String ruleName(String rule) {
        try {
            return Rule.valueOf(rule).chinese();
        } catch (IllegalArgumentException e) {
            return rule;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /**
     * Writes the rows through the toolkit's one spreadsheet writer (CSV or xlsx, its header already written by
     * whoever opened it with {@link #HEADER}), which neutralises every text that a spreadsheet would take for a
     * formula: a household id, a name or a sentence from the rolls is data, never a live {@code =HYPERLINK(...)}.
     */
    public void write(List<Rectification.Row> rows, SheetWriter out) {
        for (Rectification.Row r : rows) {
            out.row(cells(r));
        }
    }
}
