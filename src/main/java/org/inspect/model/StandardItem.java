package org.inspect.model;

/** Names of the items in {@code standards.csv}; crop items are {@code CROP_<ITEM>} and {@code CASH_<ITEM>}. */
public final class StandardItem {

    public static final String DIBAO_STANDARD = "DIBAO_STANDARD";
    public static final String TEKUN_STANDARD = "TEKUN_STANDARD";
    public static final String MIN_WAGE = "MIN_WAGE";
    public static final String RURAL_DISPOSABLE_INCOME = "RURAL_DISPOSABLE_INCOME";
    public static final String SUPPORT_RATE = "SUPPORT_RATE";
    public static final String FINANCIAL_ASSET_MONTHS = "FINANCIAL_ASSET_MONTHS";
    public static final String NON_FINANCIAL_ASSET_LIMIT = "NON_FINANCIAL_ASSET_LIMIT";
    public static final String MIGRANT_WORK_MONTH = "MIGRANT_WORK_MONTH";
    public static final String NOTICE_MIN_DAYS = "NOTICE_MIN_DAYS";
    /** The 低保边缘家庭 limit as a multiple of the dibao standard (focus groups; 1.5 when not given). */
    public static final String MARGINAL_FACTOR = "MARGINAL_FACTOR";

    /** County code of the city-wide default row that a county row overrides. */
    public static final String CITY_WIDE = "*";

    private StandardItem() {
    }

    public static String crop(String item) {
        return "CROP_" + item.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public static String cashCrop(String item) {
        return "CASH_" + item.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** Whether {@code item} is a known item name (fixed items and the crop prefixes). */
    public static boolean isKnown(String item) {
        return switch (item) {
            case DIBAO_STANDARD, TEKUN_STANDARD, MIN_WAGE, RURAL_DISPOSABLE_INCOME, SUPPORT_RATE,
                    FINANCIAL_ASSET_MONTHS, NON_FINANCIAL_ASSET_LIMIT, MIGRANT_WORK_MONTH, NOTICE_MIN_DAYS, MARGINAL_FACTOR -> true;
            default -> (item.startsWith("CROP_") || item.startsWith("CASH_")) && item.length() > 5;
        };
    }
}
