package org.inspect.focus;

import java.io.Closeable;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.inspect.export.Column;
import org.inspect.export.HeaderLanguage;
import org.inspect.export.SheetFormat;
import org.inspect.export.SheetWriter;
import org.inspect.export.Sheets;
import org.inspect.model.Counties;
import org.inspect.model.Masking;

/**
 * The complete list of focus households as a spreadsheet, one row per household with all its groups and the
 * figures that place it there, written row by row through the one spreadsheet writer ({@link Sheets}: CSV with a
 * byte-order mark, or streamed xlsx with a frozen header; headers in Chinese or English; formula-like text
 * neutralised). Names and identity numbers are masked unless {@code fullData}.
 */
public final class FocusExport implements Closeable {

    /** The columns, in order, with their English and Chinese headers. */
    public static final List<Column> COLUMNS = List.of(new Column("county_code", "区县代码"), new Column("county", "区县"),
            new Column("township", "乡镇街道"), new Column("village", "村居"), new Column("household_id", "户编号"),
            new Column("head_name", "户主姓名"), new Column("head_id_number", "户主身份证号"),
            new Column("members", "家庭人口"), new Column("focus_groups", "重点排查类别"),
            new Column("per_capita_income_yuan", "家庭人均收入（元/年）"),
            new Column("dibao_standard_yuan", "低保标准（元/年）"), new Column("margin_limit_yuan", "边缘家庭上限（元/年）"),
            new Column("property", "家庭财产"), new Column("poor_household_ids", "建档立卡贫困户编号"),
            new Column("seriously_ill_or_disabled", "重病重残成员"));

    /** The Chinese headers, in column order. */
    public static final List<String> HEADERS = Sheets.header(COLUMNS, HeaderLanguage.ZH);

    private final boolean fullData;
    private final SheetWriter sheet;
    private int households;

    /** A list written to {@code file} in {@code format}, its header row in {@code headers}. */
    public FocusExport(Path file, SheetFormat format, HeaderLanguage headers, boolean fullData) {
        this.fullData = fullData;
        this.sheet = Sheets.open(file, format, Sheets.header(COLUMNS, headers));
    }

    /** Writes one household. */
    public void write(FocusHousehold h) {
        sheet.row(row(h, fullData));
        households++;
    }

    /** A household's cells, in {@link #HEADERS} order. */
    public static List<String> row(FocusHousehold h, boolean fullData) {
        List<String> r = new ArrayList<>();
        r.add(h.countyCode());
        r.add(Counties.name(h.countyCode()));
        r.add(nz(h.township()));
        r.add(nz(h.village()));
        r.add(h.householdId());
        r.add(fullData ? h.headName() : Masking.name(h.headName()));
        r.add(fullData ? h.headIdNumber() : Masking.idNumber(h.headIdNumber()));
        r.add(Integer.toString(h.members()));
        r.add(h.groupList().stream().map(FocusGroup::chinese).collect(Collectors.joining("、")));
        r.add(yuan(h.perCapitaIncome()));
        r.add(yuan(h.dibaoStandard()));
        r.add(yuan(h.marginLimit()));
        r.add(h.propertyWithinLimits() ? "符合规定" : "不符合：" + String.join("；", h.propertyDefects()));
        r.add(String.join("、", h.poorHouseholdIds()));
        r.add(h.severe().stream().map(p -> (fullData ? p.name() : Masking.name(p.name())) + "（" + p.what() + "）")
                .collect(Collectors.joining("、")));
        return r;
    }

    static String yuan(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The households written (without the header). */
    public int households() {
        return households;
    }

    @Override
    public void close() {
        sheet.close();
    }
}
