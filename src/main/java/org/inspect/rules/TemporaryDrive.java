package org.inspect.rules;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A county's approved temporary-assistance (TEMPORARY) decisions by month of the campaign period (clause 二（三）):
 * how many, how many went to registered poor households, and the one-off amounts paid.
 */
public record TemporaryDrive(String countyCode, SortedMap<YearMonth, Month> byMonth) {

    public TemporaryDrive {
        byMonth = Collections.unmodifiableSortedMap(new TreeMap<>(byMonth));
    }

    /** One month's approved temporary-assistance decisions; {@code amountYuan} sums the amounts given. */
    public record Month(int decisions, int registeredPoor, BigDecimal amountYuan, int withAmount) {

        public static final Month NONE = new Month(0, 0, BigDecimal.ZERO, 0);

        /** This month with one more decision. */
        public Month plus(boolean toRegisteredPoor, BigDecimal amount) {
            return new Month(decisions + 1, registeredPoor + (toRegisteredPoor ? 1 : 0),
                    amount == null ? amountYuan : amountYuan.add(amount), withAmount + (amount == null ? 0 : 1));
        }
    }

    /** The tally of a month, {@link Month#NONE} when the county decided nothing then. */
    public Month month(YearMonth m) {
        return byMonth.getOrDefault(m, Month.NONE);
    }
}
