package org.inspect.importing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.inspect.importing.RowError;
import org.inspect.model.Coded;
import org.inspect.model.IdNumber;

/**
 * Typed reading of one row's cells by column name, collecting an error (with the cell's location and
 * what was expected) for each cell that does not meet the format. Empty optional cells read as null.
 */
final class Cells {

    // keys of the import's messages (Texts)
    public static final String EXPECTED_VALUE = "expected.value";
    public static final String EXPECTED_YES_NO = "expected.yesNo";
    public static final String EXPECTED_DATE = "expected.date";
    public static final String EXPECTED_MONEY = "expected.money";
    public static final String EXPECTED_COUNTY = "expected.county";
    public static final String EXPECTED_MAX_LENGTH = "expected.maxLength";

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu/M/d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu年M月d日").withResolverStyle(ResolverStyle.STRICT));
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern COUNTY = Pattern.compile("\\d{6}");

    private final String file;
    private final RawRow row;
    private final Header header;
    private final LocalDate referenceDate;
    private final List<RowError> errors = new ArrayList<>();

    public Cells(String file, RawRow row, Header header, LocalDate referenceDate) {
        this.file = file;
        this.row = row;
        this.header = header;
        this.referenceDate = referenceDate;
    }

    public List<RowError> errors() {
        return errors;
    }

    /** The raw cell, stripped; empty when the column is absent. */
    public String raw(String column) {
        int i = header.index(column);
        return i < 0 ? "" : row.cell(i).strip();
    }

    /** Records an error on a column of this row: the message {@code key} of {@link Texts} with {@code args}. */
    public void error(String column, String key, Object... args) {
        errors.add(new RowError(file, row.line(), header.index(column) + 1, header.label(column), raw(column),
                Texts.get(key, args)));
    }

    /**
     * Text, or null when empty; an error when empty and required, or when longer than the column may hold (the
     * limit and the length are said, the value is shown cut short).
     */
    public String text(String column, boolean required) {
        String v = raw(column);
        if (v.isEmpty()) {
            if (required) {
                error(column, EXPECTED_VALUE);
            }
            return null;
        }
        int max = header.maxLength(column);
        if (max > 0 && v.length() > max) {
            error(column, EXPECTED_MAX_LENGTH, max, v.length());
            return null;
        }
        return v;
    }

    public String county(String column) {
        String v = text(column, true);
        if (v != null && !COUNTY.matcher(v).matches()) {
            error(column, EXPECTED_COUNTY);
            return null;
        }
        return v;
    }

    public <E extends Enum<E> & Coded> E coded(String column, Class<E> type, boolean required) {
        String v = text(column, required);
        if (v == null) {
            return null;
        }
        Optional<E> e = Coded.parse(type, v);
        if (e.isEmpty()) {
            error(column, "expected.oneOf", Coded.spellings(type));
            return null;
        }
        return e.get();
    }

    public Boolean yesNo(String column, boolean required) {
        String v = text(column, required);
        if (v == null) {
            return null;
        }
        switch (v.toLowerCase(Locale.ROOT)) {
            case "y", "是", "1", "true":
                return Boolean.TRUE;
            case "n", "否", "0", "false":
                return Boolean.FALSE;
            default:
                error(column, EXPECTED_YES_NO);
                return null;
        }
    }

    public LocalDate date(String column, boolean required) {
        String v = text(column, required);
        if (v == null) {
            return null;
        }
        LocalDate d = parseDate(v);
        if (d == null) {
            if (looksLikeDate(v)) {
                error(column, "expected.realDate", v);
            } else {
                error(column, EXPECTED_DATE);
            }
        }
        return d;
    }

    private static final List<Pattern> DATE_SHAPES = List.of(Pattern.compile("\\d{4}-(\\d{2})-\\d{2}"),
            Pattern.compile("\\d{4}/(\\d{1,2})/\\d{1,2}"), Pattern.compile("\\d{4}年(\\d{1,2})月\\d{1,2}日"));

    /**
     * Whether {@code v} is written in an accepted spelling with a real month, so that only its day can be wrong
     * ({@code 2018-02-30}): the error then says the day does not exist rather than what spelling was expected.
     */
    public static boolean looksLikeDate(String v) {
        for (Pattern p : DATE_SHAPES) {
            java.util.regex.Matcher m = p.matcher(v.strip());
            if (m.matches()) {
                int month = Integer.parseInt(m.group(1));
                return month >= 1 && month <= 12;
            }
        }
        return false;
    }

    /** A date in one of the accepted spellings, or null. */
    public static LocalDate parseDate(String v) {
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(v, f);
            } catch (DateTimeParseException e) {
                // try the next spelling
            }
        }
        return null;
    }

    /** A non-negative amount of yuan. */
    public BigDecimal money(String column, boolean required) {
        return decimal(column, required, false, EXPECTED_MONEY);
    }

    /** A decimal number, negative allowed when {@code signed}. */
    public BigDecimal decimal(String column, boolean required, boolean signed, String expected) {
        String v = text(column, required);
        if (v == null) {
            return null;
        }
        if (!DECIMAL.matcher(v).matches() || (!signed && v.startsWith("-"))) {
            error(column, expected);
            return null;
        }
        return new BigDecimal(v);
    }

    /** A whole number, or null; an error when not one. */
    public Integer whole(String column, boolean required, String expected) {
        String v = text(column, required);
        if (v == null) {
            return null;
        }
        if (!v.matches("\\d{1,9}")) {
            error(column, expected);
            return null;
        }
        return Integer.valueOf(v);
    }

    /** An identity number whose check character verifies and whose birth date is not after the reference date. */
    public IdNumber idNumber(String column, boolean required) {
        String v = text(column, required);
        if (v == null) {
            return null;
        }
        if (row.numeric(header.index(column))) {
            error(column, "id.storedAsNumber");
            return null;
        }
        IdNumber id;
        try {
            id = IdNumber.parse(v);
        } catch (IdNumber.Invalid e) {
            error(column, "id." + e.reason(), e.args());
            return null;
        }
        if (referenceDate != null && id.birthDate().isAfter(referenceDate)) {
            error(column, "id.afterReference", id.birthDate(), referenceDate);
            return null;
        }
        return id;
    }

    /** The identity number as normalised text, or null. */
    public String idText(String column, boolean required) {
        IdNumber id = idNumber(column, required);
        return id == null ? null : id.value();
    }
}
