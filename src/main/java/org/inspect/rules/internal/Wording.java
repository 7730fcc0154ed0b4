package org.inspect.rules.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;

import org.inspect.model.Counties;
import org.inspect.model.IdNumber;
import org.inspect.model.Member;
import org.inspect.model.Relation;
import org.inspect.model.Sex;
import org.inspect.model.StandardItem;
import org.inspect.model.Standards;

/** The Chinese wording shared by details and evidence: amounts with thousands separators, standards, relatives. */
final class Wording {

    /** DecimalFormat is costly to build and not thread-safe: one per thread (the check may run two partitions). */
    private static final ThreadLocal<DecimalFormat> YUAN = ThreadLocal.withInitial(() -> {
        DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    });

    private Wording() {
    }

    /**
     * {@code 12,345.5}: thousands separators, at most two decimals (half up), none when whole; exactly what the
     * pattern {@code #,##0.##} gives, a negative amount that rounds to nothing included ({@code -0}). Written out by
     * hand for amounts of up to 16 digits: the check words every income item of every household, and
     * {@link DecimalFormat} was 15 % of a check's time (issue 25); longer amounts go to the format.
     */
    public static String yuan(BigDecimal amount) {
        BigDecimal cents = amount.setScale(2, RoundingMode.HALF_UP);
        if (cents.precision() > 18) {
            return YUAN.get().format(amount);
        }
        long unscaled = cents.unscaledValue().longValue();
        long abs = Math.abs(unscaled);
        String whole = Long.toString(abs / 100);
        int fraction = (int) (abs % 100);
        StringBuilder out = new StringBuilder(whole.length() + 8);
        if (amount.signum() < 0) {
            out.append('-');
        }
        int firstGroup = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
        out.append(whole, 0, firstGroup);
        for (int i = firstGroup; i < whole.length(); i += 3) {
            out.append(',').append(whole, i, i + 3);
        }
        if (fraction != 0) {
            out.append('.').append((char) ('0' + fraction / 10));
            if (fraction % 10 != 0) {
                out.append((char) ('0' + fraction % 10));
            }
        }
        return out.toString();
    }

    /** A plain number for quantities and rates: {@code 3.5}, {@code 0.3}. */
    public static String number(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    /**
     * A standard as the detail sentence names it: {@code 本县低保标准 4,800 元} for a county row,
     * {@code 低保标准 4,800 元（全市默认“*”行）} when the county has none and the city-wide row applies.
     */
    public static String standard(String name, Standards.Value v) {
        return cityWide(v) ? name + " " + yuan(v.value()) + " 元（全市默认“*”行）"
                : "本县" + name + " " + yuan(v.value()) + " 元";
    }

    /**
     * Which row of the standards table a value came from, for evidence: the item, the county or {@code *} row, and
     * where that row was read: {@code 数据文件 standards.csv 第 5 行} (the data folder's file) or
     * {@code 系统默认 config/standards.csv 第 21 行} (the shipped defaults), when the snapshot recorded it.
     */
    public static String source(Standards.Value v) {
        String row = cityWide(v) ? v.item() + "，全市默认“*”行"
                : v.item() + "，" + v.fromCounty() + " " + Counties.name(v.fromCounty()) + "行";
        return v.source() == null ? row : row + "，" + place(v.source());
    }

    /** {@code 数据文件 standards.csv 第 5 行} or {@code 系统默认 config/standards.csv 第 21 行}. */
    public static String place(org.inspect.model.StandardSource s) {
        return (s.shipped() ? "系统默认 " : "数据文件 ") + s.file() + " 第 " + s.line() + " 行";
    }

    private static boolean cityWide(Standards.Value v) {
        return StandardItem.CITY_WIDE.equals(v.fromCounty());
    }

    public static String date(LocalDate d) {
        return d == null ? "（未填）" : d.toString();
    }

    /** The kinship word for an obligor of the supported person, using the sex in the identity number. */
    public static String relative(Relation relation, String idNumber) {
        Sex sex = IdNumber.tryParse(idNumber).map(IdNumber::sex).orElse(null);
        return switch (relation) {
            case CHILD -> sex == null ? "子女" : sex == Sex.MALE ? "儿子" : "女儿";
            case PARENT -> sex == null ? "父母" : sex == Sex.MALE ? "父亲" : "母亲";
            case SPOUSE -> "配偶";
            case SIBLING -> sex == null ? "兄弟姐妹" : sex == Sex.MALE ? "兄弟" : "姐妹";
            case GRANDCHILD -> sex == null ? "孙子女" : sex == Sex.MALE ? "孙子" : "孙女";
            default -> "亲属";
        };
    }

    /** 赡养费 towards elders, 抚养费 towards children, 扶养费 between spouses and siblings. */
    public static String supportWord(Relation obligorRelation) {
        return switch (obligorRelation) {
            case CHILD, GRANDCHILD -> "赡养费";
            case PARENT -> "抚养费";
            default -> "扶养费";
        };
    }

    /** {@code 户主张三（67 岁）}. */
    public static String member(Member m, int age) {
        return m.relation().chinese() + m.name() + "（" + age + " 岁）";
    }
}
