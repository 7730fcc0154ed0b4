package org.inspect.rules;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A finding's stored sentence as a document prints it: the standards named in words instead of the codes and rows
 * of {@code standards.csv} (“金融资产限额（本市统一标准）”, not “FINANCIAL_ASSET_MONTHS，全市默认“*”行，系统默认
 * config/standards.csv 第 21 行”) and dates the Chinese way (2019年5月14日). The stored sentence keeps the codes, which
 * the findings export and the spreadsheet annex show for whoever checks the arithmetic. The terminal prints it so
 * too under a Chinese locale.
 */
public final class PaperWords {

    /** The items of {@code standards.csv} in words. */
    static final Map<String, String> ITEMS = Map.ofEntries(
            Map.entry("DIBAO_STANDARD", "低保标准"),
            Map.entry("TEKUN_STANDARD", "特困人员基本生活标准"),
            Map.entry("MIN_WAGE", "最低工资标准"),
            Map.entry("RURAL_DISPOSABLE_INCOME", "农村居民人均可支配收入"),
            Map.entry("SUPPORT_RATE", "赡养费折算比例"),
            Map.entry("FINANCIAL_ASSET_MONTHS", "金融资产限额"),
            Map.entry("NON_FINANCIAL_ASSET_LIMIT", "非金融财产限额"),
            Map.entry("MIGRANT_WORK_MONTH", "外出务工月收入标准"),
            Map.entry("NOTICE_MIN_DAYS", "公示期最少天数"),
            Map.entry("MARGINAL_FACTOR", "低保边缘家庭收入倍数"));

    private static final String ITEM = "((?:CROP|CASH)_[A-Z0-9_\\p{IsHan}]+|[A-Z][A-Z_]{3,})";
    private static final String WHERE = "(?:，(?:系统默认|数据文件) \\S+ 第 \\d+ 行)?";
    private static final Pattern CITY_ROW = Pattern.compile(ITEM + "，全市默认“\\*”行" + WHERE);
    private static final Pattern COUNTY_ROW = Pattern.compile(ITEM + "，\\d{6} (\\S+?)行" + WHERE);
    private static final Pattern CITY_NOTE = Pattern.compile("（全市默认“\\*”行）");
    private static final Pattern DATE = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern CODE = Pattern.compile("(?<![A-Za-z_])" + ITEM + "(?![A-Za-z_])");

    private PaperWords() {
    }

    /** {@code sentence} in the words of a document. */
    public static String of(String sentence) {
        if (sentence == null) {
            return null;
        }
        String s = replace(CITY_ROW, sentence, m -> item(m.group(1)) + "（本市统一标准）");
        s = replace(COUNTY_ROW, s, m -> item(m.group(1)) + "（" + m.group(2) + "标准）");
        s = CITY_NOTE.matcher(s).replaceAll("（本市统一标准）");
        s = replace(DATE, s, m -> m.group(1) + "年" + Integer.parseInt(m.group(2)) + "月"
                + Integer.parseInt(m.group(3)) + "日");
        return replace(CODE, s, m -> ITEMS.containsKey(m.group(1)) || m.group(1).startsWith("CROP_")
                || m.group(1).startsWith("CASH_") ? item(m.group(1)) : m.group(0));
    }

    /** An item code in words: 金融资产限额, 主要农作物（小麦）亩均纯收入. */
    public static String item(String code) {
        if (code.startsWith("CROP_")) {
            return "主要农作物（" + code.substring(5) + "）亩均纯收入标准";
        }
        if (code.startsWith("CASH_")) {
            return "经济作物（" + code.substring(5) + "）亩均纯收入标准";
        }
        return ITEMS.getOrDefault(code, code);
    }

    private static String replace(Pattern p, String s, java.util.function.Function<java.util.regex.MatchResult, String> with) {
        return p.matcher(s).replaceAll(m -> Matcher.quoteReplacement(with.apply(m)));
    }
}
