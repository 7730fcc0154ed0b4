package org.inspect.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Dates on the command line as people write them: {@code 2019-03-01}, {@code 2019-3-1}, {@code 2019/3/1},
 * {@code 2019年3月1日}. A day that does not exist ({@code 2018-02-30}) is told apart from a text that is not a date.
 */
final class DateConverter implements ITypeConverter<LocalDate> {

    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/年.](\\d{1,2})[-/月.](\\d{1,2})日?");

    @Override
    public LocalDate convert(String value) {
        LocalDate d = parse(value);
        if (d == null) {
            throw new TypeConversionException(Messages.get(DATE.matcher(value.strip()).matches() ? "date.noSuchDay"
                    : "date.expected", value));
        }
        return d;
    }

    /** The date {@code value} names, or null when it is not a date or the day does not exist. */
    static LocalDate parse(String value) {
        Matcher m = DATE.matcher(value == null ? "" : value.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
