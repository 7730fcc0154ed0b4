package org.inspect.focus;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.inspect.model.Counties;
import org.inspect.model.Masking;

/**
 * The complete list of focus households as a spreadsheet, one row per household with all its groups and the
 * figures that place it there: CSV (UTF-8 with a byte-order mark, for Excel) or xlsx, written row by row (the
 * xlsx through POI's streaming workbook, which keeps a window of rows in memory). Names and identity numbers
 * are masked unless {@code fullData}.
 */
public final class FocusExport implements Closeable {

    /** The Chinese headers, in column order. */
    public static final List<String> HEADERS = List.of("区县代码", "区县", "乡镇街道", "村居", "户编号", "户主姓名",
            "户主身份证号", "家庭人口", "重点排查类别", "家庭人均收入（元/年）", "低保标准（元/年）", "边缘家庭上限（元/年）",
            "家庭财产", "建档立卡贫困户编号", "重病重残成员");

    /** The file format. */
    public enum Format { CSV, XLSX }

    private final boolean fullData;
    private final CSVPrinter csv;
    private final SXSSFWorkbook book;
    private final Sheet sheet;
    private final OutputStream out;
    private int rows;

    public FocusExport(OutputStream out, Format format, boolean fullData) {
        this.out = out;
        this.fullData = fullData;
        try {
            if (format == Format.CSV) {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                w.write('\uFEFF');
                csv = new CSVPrinter(w, CSVFormat.RFC4180);
                book = null;
                sheet = null;
            } else {
                csv = null;
                book = new SXSSFWorkbook(200);
                sheet = book.createSheet("重点排查对象");
            }
            write(HEADERS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one household. */
    public void write(FocusHousehold h) {
        write(row(h, fullData));
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

    private void write(List<String> cells) {
        try {
            if (csv != null) {
                csv.printRecord(cells);
            } else {
                Row row = sheet.createRow(rows);
                for (int i = 0; i < cells.size(); i++) {
                    row.createCell(i).setCellValue(cells.get(i));
                }
            }
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The households written (without the header). */
    public int households() {
        return rows - 1;
    }

    @Override
    public void close() throws IOException {
        if (csv != null) {
            csv.flush();
        } else {
            book.write(out);
            book.close();
        }
        out.flush();
    }
}
