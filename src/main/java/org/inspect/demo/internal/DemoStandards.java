package org.inspect.demo.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.inspect.model.Standard;
import org.inspect.model.StandardItem;
import org.inspect.model.Standards;

/**
 * The demo city's {@code standards.csv}: the city-wide {@code *} rows for every item the demo uses, and a
 * few county rows that override them (泰山区 and the high-tech zone pay a higher dibao standard, 肥城 values
 * migrant work higher, 宁阳 wheat and 新泰 cherries yield more).
 */
final class DemoStandards {

    static final List<String> CROPS = List.of("WHEAT", "CORN", "PEANUT", "SWEET_POTATO", "SOYBEAN");
    static final List<String> CASH_CROPS = List.of("APPLE", "TEA", "CHESTNUT", "VEGETABLE", "CHERRY");

    private DemoStandards() {
    }

    static List<Standard> rows() {
        List<Standard> rows = new ArrayList<>();
        String all = StandardItem.CITY_WIDE;
        add(rows, all, StandardItem.DIBAO_STANDARD, "4800");
        add(rows, all, StandardItem.TEKUN_STANDARD, "6240");
        add(rows, all, StandardItem.MIN_WAGE, "1630");
        add(rows, all, StandardItem.RURAL_DISPOSABLE_INCOME, "16000");
        add(rows, all, StandardItem.SUPPORT_RATE, "0.2");
        add(rows, all, StandardItem.FINANCIAL_ASSET_MONTHS, "24");
        add(rows, all, StandardItem.NON_FINANCIAL_ASSET_LIMIT, "30000");
        add(rows, all, StandardItem.MIGRANT_WORK_MONTH, "2000");
        add(rows, all, StandardItem.NOTICE_MIN_DAYS, "7");
        String[] cropValues = {"400", "450", "700", "600", "350"};
        for (int i = 0; i < CROPS.size(); i++) {
            add(rows, all, StandardItem.crop(CROPS.get(i)), cropValues[i]);
        }
        String[] cashValues = {"2500", "3000", "1500", "2000", "3500"};
        for (int i = 0; i < CASH_CROPS.size(); i++) {
            add(rows, all, StandardItem.cashCrop(CASH_CROPS.get(i)), cashValues[i]);
        }
        add(rows, "370902", StandardItem.DIBAO_STANDARD, "5040");
        add(rows, "370971", StandardItem.DIBAO_STANDARD, "5040");
        add(rows, "370902", StandardItem.TEKUN_STANDARD, "6552");
        add(rows, "370983", StandardItem.MIGRANT_WORK_MONTH, "2200");
        add(rows, "370921", StandardItem.crop("WHEAT"), "420");
        add(rows, "370982", StandardItem.cashCrop("CHERRY"), "3800");
        return rows;
    }

    static Standards standards() {
        return new Standards(rows());
    }

    private static void add(List<Standard> rows, String county, String item, String value) {
        rows.add(new Standard(county, item, new BigDecimal(value)));
    }
}
